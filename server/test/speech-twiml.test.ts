/**
 * How the TwiML renderer uses synthesised speech: `<Play>` of the cached
 * audio when there is some, `<Say>` otherwise (without an Azure-only voice,
 * which `<Say>` cannot speak), and Twilio's transcription asked for only when
 * the renderer is given a callback and the node wants a transcript.
 */
import type { Instruction } from '@ringflow/flow-runtime';
import type { SayPrompt } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { type RenderContext, renderTwiml } from '../src/providers/twilio/twiml.js';
import { readTwiml } from './support/twiml.js';

const BASE = 'https://ringflow.example.com';
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
  it('plays the cached audio of the prompt as written', () => {
    const asked: SayPrompt[] = [];
    const verbs = readTwiml(
      renderTwiml(
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

  it("says it with Twilio's default voice while an Azure voice has no audio", () => {
    const verbs = readTwiml(renderTwiml(say('en-US-JennyNeural'), ctx({ speechUrl: () => null })));
    expect(verbs[0]).toMatchObject({ name: 'Say', attrs: { language: 'en-US' } });
    expect(verbs[0]?.attrs.voice).toBeUndefined();
  });

  it('keeps a Twilio voice for <Say>, and without speech set up renders <Say> as before', () => {
    const polly = readTwiml(renderTwiml(say('Polly.Joanna'), ctx({ speechUrl: () => null })));
    expect(polly[0]?.attrs).toMatchObject({ voice: 'Polly.Joanna', language: 'en-US' });
    const plain = readTwiml(renderTwiml(say('en-US-JennyNeural'), ctx()));
    expect(plain[0]?.attrs.voice).toBe('en-US-JennyNeural');
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
  const recordOf = (instruction: Instruction, overrides: Partial<RenderContext>) =>
    readTwiml(renderTwiml(instruction, ctx(overrides))).find((v) => v.name === 'Record');

  it('is asked for when the node wants a transcript and a callback is given', () => {
    const url = `${BASE}/webhooks/twilio/transcription`;
    expect(recordOf(record(true), { transcriptionUrl: url })?.attrs).toMatchObject({
      transcribe: 'true',
      transcribeCallback: url,
    });
  });

  it('is not asked for when the node does not want one, or Azure transcribes', () => {
    const url = `${BASE}/webhooks/twilio/transcription`;
    expect(recordOf(record(false), { transcriptionUrl: url })?.attrs.transcribe).toBeUndefined();
    expect(recordOf(record(true), {})?.attrs.transcribe).toBeUndefined();
  });
});
