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
    expect(languageLabel('not a tag')).toBe('not a tag');
  });

  it("offers Azure's languages when Azure speaks, named by the catalogue or the browser", () => {
    const azure = { engine: 'azure' as const, languages: ['en-US', 'cy-GB', 'de-DE'] };
    // Welsh is one only Azure speaks: Intl.DisplayNames names it.
    expect(languageOptions(azure, 'cy-GB')).toEqual([
      { value: 'en-US', label: 'English (United States)' },
      { value: 'de-DE', label: 'German (Germany)' },
      { value: 'cy-GB', label: 'Welsh (United Kingdom)' },
    ]);
    // Twilio's <Say> languages are not offered when Azure does not speak them.
    expect(languageOptions(azure, 'en-US').map((l) => l.value)).not.toContain('fr-CA');
  });

  it("offers Twilio's <Say> languages without Azure", () => {
    const twilio = { engine: 'twilio' as const, languages: ['fr-CA', 'en-US'] };
    expect(languageOptions(twilio, 'en-US')).toEqual([
      { value: 'en-US', label: 'English (United States)' },
      { value: 'fr-CA', label: 'French (Canada)' },
    ]);
  });

  it('keeps a stored language the engine does not speak as a choice, marked', () => {
    const azure = { engine: 'azure' as const, languages: ['en-US'] };
    expect(languageOptions(azure, 'fr-CA').at(-1)).toEqual({
      value: 'fr-CA',
      label: 'French (Canada) (not a language Azure speaks)',
    });
    const twilio = { engine: 'twilio' as const, languages: ['en-US'] };
    expect(languageOptions(twilio, 'xx-YY').at(-1)).toEqual({
      value: 'xx-YY',
      label: 'xx-YY (not a language Twilio speaks)',
    });
    expect(languageOptions(azure, 'en-US')).toHaveLength(1);
  });

  it('offers only the stored language until the list arrives', () => {
    expect(languageOptions(undefined, 'cy-GB')).toEqual([
      { value: 'cy-GB', label: 'Welsh (United Kingdom)' },
    ]);
    expect(languageOptions(undefined)).toEqual([]);
  });
});
