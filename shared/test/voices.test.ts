import { describe, expect, it } from 'vitest';
import {
  languagesOfVoice,
  SAY_MAX_CHARS,
  speaksLanguage,
  twilioCatalogue,
  twilioLanguages,
  twilioVoices,
  voicesFor,
} from '../src/index.js';

describe("Twilio's <Say> voices", () => {
  it('cover every language the product promises, each with a voice and a label', () => {
    const required = [
      'en-US',
      'en-GB',
      'en-AU',
      'en-IN',
      'fr-FR',
      'fr-CA',
      'es-ES',
      'es-MX',
    ].concat(['es-US', 'de-DE', 'it-IT', 'pt-BR', 'pt-PT', 'nl-NL', 'ja-JP', 'zh-CN']);
    for (const language of required) {
      expect(voicesFor(twilioCatalogue, language).length, language).toBeGreaterThan(0);
      const entry = twilioLanguages.find((l) => l.language === language);
      expect(entry?.label, language).not.toBe(language);
    }
  });

  it('list each voice once per language, with a label and a gender', () => {
    const keys = twilioVoices.map((v) => `${v.name}/${v.language}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const voice of twilioVoices) {
      expect(voice.label).not.toBe('');
      expect(['female', 'male', 'neutral']).toContain(voice.gender);
    }
  });

  it('name Polly and Google voices the way <Say voice> takes them', () => {
    const en = voicesFor(twilioCatalogue, 'en-US').map((v) => v.name);
    expect(en).toEqual(
      expect.arrayContaining([
        'man',
        'woman',
        'alice',
        'Polly.Joanna',
        'Polly.Matthew',
        'Polly.Joanna-Neural',
        'Google.en-US-Standard-C',
        'Google.en-US-Neural2-F',
      ]),
    );
    expect(voicesFor(twilioCatalogue, 'fr-CA').map((v) => v.name)).toEqual(
      expect.arrayContaining(['alice', 'Polly.Chantal', 'Polly.Gabrielle-Neural']),
    );
  });

  it('know which languages a voice speaks: alice many, a Polly voice one, a made-up voice none', () => {
    expect(languagesOfVoice(twilioCatalogue, 'alice')).toEqual(
      expect.arrayContaining(['en-US', 'fr-FR', 'ja-JP', 'zh-CN']),
    );
    expect(languagesOfVoice(twilioCatalogue, 'Polly.Celine')).toEqual(['fr-FR']);
    expect(languagesOfVoice(twilioCatalogue, 'Google.fr-FR-Standard-A')).toEqual(['fr-FR']);
    expect(languagesOfVoice(twilioCatalogue, 'Robot9000')).toEqual([]);
  });

  it('read language tags without regard to case, and refuse words', () => {
    expect(speaksLanguage(twilioCatalogue, 'en-us')).toBe(true);
    expect(speaksLanguage(twilioCatalogue, 'english')).toBe(false);
    expect(speaksLanguage(twilioCatalogue, '')).toBe(false);
  });

  it("stop text at Twilio's 3,000 characters (warning 13521)", () => {
    expect(SAY_MAX_CHARS).toBe(3000);
  });
});
