import { describe, expect, it } from 'vitest';
import type { Voice } from './types.js';
import {
  keptVoice,
  languageLabel,
  languageOptions,
  voiceOptionLabel,
  voicesFor,
} from './voices.js';

const voices: Voice[] = [
  { name: 'Polly.Joanna', language: 'en-US', label: 'Joanna', gender: 'female' },
  { name: 'Polly.Amy', language: 'en-GB', label: 'Amy', gender: 'female' },
  { name: 'Polly.Brian', language: 'en-GB', label: 'Brian', gender: 'male' },
  { name: 'Polly.Celine', language: 'fr-FR', label: 'Céline', gender: 'female' },
];

describe('voice picker choices', () => {
  it('offers the voices of one language, case-insensitively, by label', () => {
    expect(voicesFor(voices, 'en-gb').map((v) => v.name)).toEqual(['Polly.Amy', 'Polly.Brian']);
    expect(voicesFor(voices, 'de-DE')).toEqual([]);
  });

  it('drops a voice that does not speak the new language', () => {
    expect(keptVoice('Polly.Joanna', voicesFor(voices, 'fr-FR'))).toBeUndefined();
    expect(keptVoice('Polly.Celine', voicesFor(voices, 'fr-FR'))).toBe('Polly.Celine');
    expect(keptVoice(undefined, voices)).toBeUndefined();
  });

  it('labels voices and languages for people', () => {
    expect(voiceOptionLabel(voices[2] as Voice)).toBe('Brian · male');
    expect(voiceOptionLabel({ ...(voices[0] as Voice), gender: '' as Voice['gender'] })).toBe(
      'Joanna',
    );
    expect(languageLabel('fr-CA')).toBe('French (Canada)');
    expect(languageLabel('xx-YY')).toBe('xx-YY');
  });

  it('keeps a stored language that is not in the list as a choice', () => {
    expect(languageOptions('xx-YY').at(-1)).toEqual({ value: 'xx-YY', label: 'xx-YY' });
    expect(languageOptions('en-US').some((l) => l.value === 'xx-YY')).toBe(false);
  });
});
