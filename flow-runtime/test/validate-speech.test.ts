import type { VoiceCatalogue } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { validateFlow } from '../src/index.js';
import { flowInput } from './validate-input.js';

/** A flow whose one message (or voicemail greeting) says `prompt`. */
function withPrompt(prompt: unknown, kind: 'play-message' | 'voicemail' = 'play-message') {
  if (kind === 'voicemail') {
    return flowInput(
      [
        ['in', 'incoming-call'],
        ['msg', 'voicemail', { greeting: prompt }],
      ],
      [['in', 'next', 'msg']],
    );
  }
  return flowInput(
    [
      ['in', 'incoming-call'],
      ['msg', 'play-message', { prompt }],
      ['bye', 'hang-up'],
    ],
    [
      ['in', 'next', 'msg'],
      ['msg', 'next', 'bye'],
    ],
  );
}

const speechFindings = (input: unknown, voices?: VoiceCatalogue) =>
  validateFlow(input, voices ? { voices } : {}).findings.filter((f) =>
    f.code.startsWith('prompt-'),
  );

describe('validateFlow: what the speech engine can say', () => {
  it("reports all three problems of the issue's example: a made-up voice, a word for a language, 3,500 characters", () => {
    const text = 'Please hold. '.repeat(300).slice(0, 3500);
    const { findings, ok } = validateFlow(
      withPrompt({ type: 'say', text, voice: 'Robot9000', language: 'english' }),
    );
    expect(ok).toBe(false);
    const mine = findings.filter((f) => f.code.startsWith('prompt-'));
    expect(mine).toEqual([
      expect.objectContaining({
        code: 'prompt-language-unknown',
        severity: 'error',
        nodeId: 'msg',
        path: ['prompt', 'language'],
        message:
          'Play message: the prompt\'s language "english" is not one Twilio speaks: use a tag like en-US',
      }),
      expect.objectContaining({
        code: 'prompt-voice-unknown',
        nodeId: 'msg',
        path: ['prompt', 'voice'],
        message: expect.stringContaining(
          'the prompt\'s voice "Robot9000" is not a voice Twilio offers',
        ),
      }),
      expect.objectContaining({
        code: 'prompt-too-long',
        nodeId: 'msg',
        path: ['prompt', 'text'],
        message: expect.stringContaining('has 3,500 characters; Twilio speaks at most 3,000'),
      }),
    ]);
  });

  it('passes a Polly voice in its own language, and a prompt without a voice', () => {
    const polly = { type: 'say', text: 'Bonjour.', voice: 'Polly.Celine', language: 'fr-FR' };
    expect(speechFindings(withPrompt(polly))).toEqual([]);
    const neural = { type: 'say', text: 'Hello.', voice: 'Polly.Joanna-Neural', language: 'en-US' };
    expect(speechFindings(withPrompt(neural))).toEqual([]);
    expect(speechFindings(withPrompt({ type: 'say', text: 'Hello.' }))).toEqual([]);
    const exactlyAtLimit = { type: 'say', text: 'x'.repeat(3000), language: 'en-US' };
    expect(speechFindings(withPrompt(exactlyAtLimit))).toEqual([]);
  });

  it('refuses a Google voice of another language, naming the language it speaks', () => {
    const prompt = {
      type: 'say',
      text: 'Hello.',
      voice: 'Google.fr-FR-Standard-A',
      language: 'en-US',
    };
    expect(speechFindings(withPrompt(prompt))).toEqual([
      expect.objectContaining({
        code: 'prompt-voice-unknown',
        path: ['prompt', 'voice'],
        message: expect.stringContaining(
          'the prompt\'s voice "Google.fr-FR-Standard-A" speaks fr-FR, not en-US',
        ),
      }),
    ]);
  });

  it('checks a voicemail greeting and a phone menu prompt as well', () => {
    const bad = { type: 'say', text: 'Leave a message.', voice: 'Polly.Nobody', language: 'en-US' };
    expect(speechFindings(withPrompt(bad, 'voicemail'))).toEqual([
      expect.objectContaining({ nodeId: 'msg', path: ['greeting', 'voice'] }),
    ]);
    const menu = flowInput(
      [
        ['in', 'incoming-call'],
        [
          'menu',
          'phone-menu',
          {
            prompt: { type: 'say', text: 'Press 1.', language: 'klingon' },
            options: [{ digit: '1' }],
          },
        ],
      ],
      [['in', 'next', 'menu']],
    );
    expect(speechFindings(menu)).toEqual([
      expect.objectContaining({ nodeId: 'menu', path: ['prompt', 'language'] }),
    ]);
  });

  it('leaves audio greetings alone', () => {
    const audio = withPrompt({ type: 'audio', greetingId: 'welcome' });
    expect(speechFindings(audio)).toEqual([]);
  });

  it('checks against the catalogue it is given, naming its engine', () => {
    const azure: VoiceCatalogue = {
      engine: 'Azure Speech',
      voices: [
        { name: 'en-US-JennyNeural', language: 'en-US', label: 'Jenny', gender: 'female' },
        { name: 'de-DE-KatjaNeural', language: 'de-DE', label: 'Katja', gender: 'female' },
      ],
    };
    const jenny = { type: 'say', text: 'Hello.', voice: 'en-US-JennyNeural', language: 'en-US' };
    expect(speechFindings(withPrompt(jenny), azure)).toEqual([]);
    // Twilio's catalogue does not know Azure's names.
    expect(speechFindings(withPrompt(jenny))).toHaveLength(1);
    const polly = { type: 'say', text: 'Hello.', voice: 'Polly.Joanna', language: 'en-US' };
    expect(speechFindings(withPrompt(polly), azure)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          'the prompt\'s voice "Polly.Joanna" is not a voice Azure Speech offers; choose one for en-US, for example en-US-JennyNeural',
        ),
      }),
    ]);
    const french = { type: 'say', text: 'Bonjour.', language: 'fr-FR' };
    expect(speechFindings(withPrompt(french), azure)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('is not one Azure Speech speaks'),
      }),
    ]);
  });

  it("warns once that voices were not checked when the engine's list could not be read", () => {
    const down: VoiceCatalogue = {
      engine: 'Azure Speech',
      voices: [],
      unavailable: 'Azure Speech did not answer (The Azure voice list did not answer within 5 s)',
    };
    const text = 'Please hold. '.repeat(300).slice(0, 3500);
    const made = { type: 'say', text, voice: 'Robot9000', language: 'english' };
    const { findings, ok } = validateFlow(withPrompt(made), { voices: down });
    const mine = findings.filter((f) => f.code.startsWith('prompt-'));
    // The length does not depend on the list; the voice and language cannot be judged.
    expect(mine.map((f) => f.code)).toEqual(['prompt-too-long', 'prompt-voices-unchecked']);
    expect(mine[1]).toEqual({
      code: 'prompt-voices-unchecked',
      severity: 'warning',
      message:
        'Voices could not be checked: Azure Speech did not answer (The Azure voice list did not answer within 5 s). The voice and language of the spoken text were not checked against what Azure Speech speaks.',
    });
    expect(ok).toBe(false);
    const short = { type: 'say', text: 'Hello.', voice: 'Robot9000', language: 'english' };
    expect(validateFlow(withPrompt(short), { voices: down }).ok).toBe(true);
    // Nothing spoken, nothing to warn about.
    const audio = withPrompt({ type: 'audio', greetingId: 'welcome' });
    expect(speechFindings(audio, down)).toEqual([]);
  });
});
