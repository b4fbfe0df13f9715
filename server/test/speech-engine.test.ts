/**
 * The real Azure Speech SDK against the fake service on 127.0.0.1 (see
 * support/azure-speech.ts): synthesis, the voice list and transcription end
 * to end, with what reached the service asserted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWav } from '../../test/fakes/wav.js';
import { manualClock } from '../src/clock.js';
import { synthesize } from '../src/speech/synthesize.js';
import { transcribe } from '../src/speech/transcribe.js';
import { azureVoices } from '../src/speech/voices.js';
import { readWav } from '../src/speech/wav-pcm.js';
import { type FakeAzureSpeech, startFakeAzureSpeech } from './support/azure-speech.js';

let azure: FakeAzureSpeech;
const settings = () => ({ key: azure.key, region: null, host: azure.host });

beforeEach(async () => {
  azure = await startFakeAzureSpeech();
});
afterEach(async () => {
  await azure.close();
});

describe('Azure synthesis through the SDK', () => {
  it('sends SSML with the voice and language and returns an 8 kHz WAV', async () => {
    const wav = await synthesize(
      settings(),
      { text: 'Welcome & hello', voice: 'en-US-JennyNeural', language: 'en-US' },
      10_000,
    );
    const parsed = readWav(wav);
    expect(parsed).toMatchObject({
      formatTag: 1,
      sampleRate: 8000,
      bitsPerSample: 16,
      channels: 1,
    });
    expect(parsed?.data.length).toBe(16000);
    expect(azure.syntheses[0]?.ssml).toContain(
      '<voice name="en-US-JennyNeural">Welcome &amp; hello</voice>',
    );
    expect(azure.syntheses[0]?.ssml).toContain('xml:lang="en-US"');
    expect(azure.syntheses[0]?.headers['ocp-apim-subscription-key']).toBe(azure.key);
  });

  it('rejects with the reason when the service fails, and times out when it stalls', async () => {
    azure.failNext('synthesis', 1, 'error');
    await expect(
      synthesize(settings(), { text: 'x', voice: 'en-US-JennyNeural', language: 'en-US' }, 10_000),
    ).rejects.toThrow(/Azure synthesis failed/);
    azure.failNext('synthesis', 1, 'stall');
    await expect(
      synthesize(settings(), { text: 'x', voice: 'en-US-JennyNeural', language: 'en-US' }, 300),
    ).rejects.toThrow(/did not answer/);
  });
});

describe('the Azure voice list', () => {
  it('reads the voices over HTTP with the key', async () => {
    const voices = await azureVoices(settings(), manualClock('2026-01-01T00:00:00Z'), 5000);
    expect(voices).toContainEqual({
      name: 'de-DE-KatjaNeural',
      language: 'de-DE',
      label: 'Katja',
      gender: 'female',
    });
    expect(azure.voiceRequests).toEqual([{ authorized: true }]);
  });
});

describe('Azure transcription through the SDK', () => {
  it('sends the PCM and the profanity option, and joins the phrases', async () => {
    azure.transcript = {
      phrases: [
        { text: 'Hello there.', confidence: 0.9 },
        { text: 'Call me back.', confidence: 0.8 },
      ],
    };
    const recording = makeWav({ seconds: 1 });
    const t = await transcribe(settings(), recording, {
      languages: ['en-GB'],
      profanity: 'removed',
      timeoutMs: 10_000,
    });
    expect(t.text).toBe('Hello there. Call me back.');
    expect(t.language).toBe('en-GB');
    expect(t.confidence).toBeCloseTo(0.85);
    const session = azure.recognitions[0];
    expect(session?.query.get('profanity')).toBe('removed');
    expect(session?.query.get('language')).toBe('en-GB');
    expect(session?.audio.equals(recording.subarray(44))).toBe(true);
  });

  it('lets the service pick among candidate languages', async () => {
    azure.transcript = {
      phrases: [{ text: 'Hallo.', confidence: 0.7 }],
      detectedLanguage: 'de-DE',
    };
    const t = await transcribe(settings(), makeWav({ seconds: 0.5 }), {
      languages: ['en-US', 'de-DE'],
      profanity: 'masked',
      timeoutMs: 10_000,
    });
    expect(t).toMatchObject({ text: 'Hallo.', language: 'de-DE' });
    expect(azure.recognitions[0]?.query.get('lidEnabled')).toBe('true');
    expect(JSON.stringify(azure.recognitions[0]?.context)).toContain('de-DE');
  });

  it('fails with the reason, or on time-out when the service stalls', async () => {
    azure.failNext('recognition', 1, 'error');
    await expect(
      transcribe(settings(), makeWav({ seconds: 0.5 }), {
        languages: ['en-US'],
        profanity: 'masked',
        timeoutMs: 10_000,
      }),
    ).rejects.toThrow(/Azure transcription failed/);
    azure.failNext('recognition', 1, 'stall');
    await expect(
      transcribe(settings(), makeWav({ seconds: 0.5 }), {
        languages: ['en-US'],
        profanity: 'masked',
        timeoutMs: 300,
      }),
    ).rejects.toThrow(/did not answer/);
  });
});
