/**
 * How the TwiML renderer uses synthesised speech: `<Play>` of the cached
 * audio when there is some, `<Say>` otherwise (without an Azure-only voice,
 * which `<Say>` cannot speak), for prompts, a menu's retry text and the
 * default voicemail words alike; and Twilio's transcription asked for only when
 * the renderer is given a callback and the node wants a transcript.
 */
import type { Instruction } from '@ringflow/flow-runtime';
import type { Prompt, SayPrompt } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOICEMAIL_GREETING,
  type RenderContext,
  renderTwiml,
} from '../src/providers/twilio/twiml.js';
import { readTwimlResponse } from '../src/providers/twilio/twiml-reader.js';

const BASE = 'https://ringflow.example.com';
const verbsOf = (xml: string) => readTwimlResponse(xml).children;
const ctx = (overrides: Partial<RenderContext> = {}): RenderContext => ({
  actionUrl: `${BASE}/webhooks/twilio/voice/action?step=1&kind=played`,
  recordingStatusUrl: `${BASE}/webhooks/twilio/recording`,
  businessNumber: '+14155550100',
  callerNumber: '+14155550123',
  greetingUrl: () => null,
  ...overrides,
});
const say = (voice?: string): Instruction => ({
  type: 'say',
  nodeId: 'n',
  text: 'We are closed.',
  language: 'en-US',
  ...(voice ? { voice } : {}),
});

describe('say prompts with synthesised speech', () => {
  it('plays the cached audio of the prompt as written', async () => {
    const asked: SayPrompt[] = [];
    const verbs = verbsOf(
      await renderTwiml(
        say('en-US-JennyNeural'),
        ctx({
          speechUrl: (p) => {
            asked.push(p);
            return `${BASE}/media/speech/abc?sig=00`;
          },
        }),
      ),
    );
    expect(verbs.map((v) => v.name)).toEqual(['Play', 'Redirect']);
    expect(verbs[0]?.text).toBe(`${BASE}/media/speech/abc?sig=00`);
    expect(asked).toEqual([
      { type: 'say', text: 'We are closed.', voice: 'en-US-JennyNeural', language: 'en-US' },
    ]);
  });

  it("says it with Twilio's default voice while an Azure voice has no audio", async () => {
    const verbs = verbsOf(
      await renderTwiml(say('en-US-JennyNeural'), ctx({ speechUrl: () => null })),
    );
    expect(verbs[0]).toMatchObject({ name: 'Say', attrs: { language: 'en-US' } });
    expect(verbs[0]?.attrs.voice).toBeUndefined();
  });

  it('keeps a Twilio voice for <Say>, and without speech set up renders <Say> as before', async () => {
    const polly = verbsOf(await renderTwiml(say('Polly.Joanna'), ctx({ speechUrl: () => null })));
    expect(polly[0]?.attrs).toMatchObject({ voice: 'Polly.Joanna', language: 'en-US' });
    const plain = verbsOf(await renderTwiml(say('en-US-JennyNeural'), ctx()));
    expect(plain[0]?.attrs.voice).toBe('en-US-JennyNeural');
  });
});

describe('the retry text and the default voicemail words', () => {
  const menuPrompt = {
    type: 'say' as const,
    text: 'Tapez 1.',
    voice: 'de-DE-KatjaNeural',
    language: 'de-DE',
  };
  const gather = (prompt: Prompt): Instruction => ({
    type: 'gather',
    nodeId: 'menu',
    prompt,
    keys: ['1'],
    timeoutSeconds: 5,
    attempt: 2,
    attempts: 3,
    retryText: 'Noch einmal.',
  });
  const record = (greeting: Prompt): Instruction => ({
    type: 'record',
    nodeId: 'vm',
    greeting,
    maxLengthSeconds: 60,
    transcribe: false,
    playBeep: true,
  });
  /** Audio for every prompt asked about, its URL naming the words. */
  const cached = (asked: SayPrompt[]) => (p: SayPrompt) => {
    asked.push(p);
    return `${BASE}/media/speech/${encodeURIComponent(p.text)}?sig=00`;
  };

  it("plays the retry text from the cache, looked up in the menu prompt's voice and language", async () => {
    const asked: SayPrompt[] = [];
    const verbs = verbsOf(await renderTwiml(gather(menuPrompt), ctx({ speechUrl: cached(asked) })));
    expect(verbs[0]?.children.map((v) => [v.name, v.text])).toEqual([
      ['Play', `${BASE}/media/speech/Noch%20einmal.?sig=00`],
      ['Play', `${BASE}/media/speech/Tapez%201.?sig=00`],
    ]);
    expect(asked[0]).toEqual({ ...menuPrompt, text: 'Noch einmal.' });
    // After a recorded prompt: en-US, the default voice.
    asked.length = 0;
    verbsOf(
      await renderTwiml(
        gather({ type: 'audio', greetingId: 'g' }),
        ctx({ speechUrl: cached(asked) }),
      ),
    );
    expect(asked).toEqual([{ type: 'say', text: 'Noch einmal.', language: 'en-US' }]);
  });

  it('says the retry text while it has no audio, without an Azure-only voice', async () => {
    const verbs = verbsOf(await renderTwiml(gather(menuPrompt), ctx({ speechUrl: () => null })));
    expect(verbs[0]?.children[0]).toMatchObject({
      name: 'Say',
      attrs: { language: 'de-DE' },
      text: 'Noch einmal.',
    });
    expect(verbs[0]?.children[0]?.attrs.voice).toBeUndefined();
  });

  it('plays the default voicemail words for a missing greeting, in en-US with the default voice', async () => {
    const asked: SayPrompt[] = [];
    const missing = record({ type: 'audio', greetingId: 'gone' });
    const verbs = verbsOf(await renderTwiml(missing, ctx({ speechUrl: cached(asked) })));
    expect(verbs.map((v) => v.name)).toEqual(['Play', 'Record', 'Redirect']);
    expect(asked).toEqual([{ type: 'say', text: DEFAULT_VOICEMAIL_GREETING, language: 'en-US' }]);
    const said = verbsOf(await renderTwiml(missing, ctx({ speechUrl: () => null })));
    expect(said[0]).toMatchObject({ name: 'Say', text: DEFAULT_VOICEMAIL_GREETING });
  });

  it("looks the default words up in a blank spoken greeting's voice and language", async () => {
    const asked: SayPrompt[] = [];
    verbsOf(
      await renderTwiml(record({ ...menuPrompt, text: ' ' }), ctx({ speechUrl: cached(asked) })),
    );
    expect(asked.at(-1)).toEqual({ ...menuPrompt, text: DEFAULT_VOICEMAIL_GREETING });
  });
});

describe("Twilio's transcription", () => {
  const record = (transcribe: boolean): Instruction => ({
    type: 'record',
    nodeId: 'vm',
    greeting: { type: 'say', text: 'Leave a message.', language: 'en-US' },
    maxLengthSeconds: 60,
    transcribe,
    playBeep: true,
  });
  const recordOf = async (instruction: Instruction, overrides: Partial<RenderContext>) =>
    verbsOf(await renderTwiml(instruction, ctx(overrides))).find((v) => v.name === 'Record');

  it('is asked for when the node wants a transcript and a callback is given', async () => {
    const url = `${BASE}/webhooks/twilio/transcription`;
    expect((await recordOf(record(true), { transcriptionUrl: url }))?.attrs).toMatchObject({
      transcribe: 'true',
      transcribeCallback: url,
    });
  });

  it('is not asked for when the node does not want one, or Azure transcribes', async () => {
    const url = `${BASE}/webhooks/twilio/transcription`;
    expect(
      (await recordOf(record(false), { transcriptionUrl: url }))?.attrs.transcribe,
    ).toBeUndefined();
    expect((await recordOf(record(true), {}))?.attrs.transcribe).toBeUndefined();
  });
});
