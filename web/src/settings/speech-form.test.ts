import { describe, expect, it } from 'vitest';
import { languageOptions } from '../greetings/voices.js';
import {
  languagesProblem,
  speechChanged,
  transcriberLine,
  withAnotherLanguage,
} from './speech-form.js';

describe('number speech form', () => {
  it("adds the engine's languages up to four, by name", () => {
    const offered = languageOptions({ engine: 'azure', languages: ['en-US', 'cy-GB', 'de-DE'] });
    expect(withAnotherLanguage(['en-US'], offered)).toEqual(['en-US', 'de-DE']);
    expect(withAnotherLanguage(['en-US', 'de-DE'], offered)).toEqual(['en-US', 'de-DE', 'cy-GB']);
    expect(withAnotherLanguage(['en-US', 'de-DE', 'cy-GB'], offered)).toHaveLength(3);
    const four = ['en-US', 'en-GB', 'fr-FR', 'de-DE'];
    expect(withAnotherLanguage(four, offered)).toEqual(four);
  });

  it('names what is wrong with the languages', () => {
    expect(languagesProblem([])).toBe('Choose at least one language');
    expect(languagesProblem(['en-US', 'en-US'])).toBe('English (United States) is listed twice');
    expect(languagesProblem(['a', 'b', 'c', 'd', 'e'])).toBe('Choose at most four languages');
    expect(languagesProblem(['en-US', 'fr-FR'])).toBeNull();
  });

  it('knows when the form differs from what is saved', () => {
    const saved = { languages: ['en-US'], profanity: 'masked' as const };
    expect(speechChanged(saved, { ...saved })).toBe(false);
    expect(speechChanged(saved, { ...saved, profanity: 'raw' })).toBe(true);
    expect(speechChanged(saved, { ...saved, languages: ['en-US', 'fr-FR'] })).toBe(true);
  });

  it('says who transcribes', () => {
    expect(
      transcriberLine({ engine: 'azure', problem: null, twilioTranscription: true }, 2),
    ).toMatch(/^Azure Speech transcribes voicemails, detecting the language among the 2 below/);
    expect(
      transcriberLine(
        { engine: null, problem: 'AZURE_SPEECH_KEY is not set', twilioTranscription: true },
        1,
      ),
    ).toMatch(/^Azure Speech is not set up: Twilio transcribes voicemails/);
    expect(transcriberLine({ engine: null, problem: null, twilioTranscription: false }, 1)).toMatch(
      /voicemails are not transcribed/,
    );
  });
});
