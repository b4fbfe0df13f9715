/**
 * One real synthesis and one real recognition with Azure Speech. Runs only
 * when AZURE_SPEECH_KEY and AZURE_SPEECH_REGION are set (a free F0 resource
 * is enough); reported as skipped otherwise. The synthesised audio is fed
 * back to the recogniser, so the test needs no recording of its own.
 */
import { describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { speechEngine } from '../src/speech/engine.js';
import { readWav } from '../src/speech/wav-pcm.js';

const VARIABLES = ['AZURE_SPEECH_KEY', 'AZURE_SPEECH_REGION'] as const;
const env = process.env;
const missing = VARIABLES.filter((name) => !env[name]);

describe.skipIf(missing.length > 0)(
  `Azure Speech for real (set ${VARIABLES.join(' and ')} to run)`,
  () => {
    const engine = () => {
      const settings = {
        key: env.AZURE_SPEECH_KEY ?? '',
        region: env.AZURE_SPEECH_REGION ?? '',
        host: null,
      };
      const found = speechEngine({ speech: settings }, { clock: systemClock });
      if (!found) throw new Error('no engine');
      return found;
    };

    it('lists voices, speaks a sentence as 8 kHz WAV, and reads it back', async () => {
      const azure = engine();
      const voices = await azure.voices();
      expect(voices.some((v) => v.language === 'en-US')).toBe(true);
      const wav = await azure.synthesize({
        text: 'Please call me back tomorrow morning.',
        voice: '',
        language: 'en-US',
      });
      expect(readWav(wav)).toMatchObject({ formatTag: 1, sampleRate: 8000, channels: 1 });
      const transcript = await azure.transcribe(wav, { languages: ['en-US'], profanity: 'masked' });
      expect(transcript.text.toLowerCase()).toContain('call me back');
      expect(transcript.language).toBe('en-US');
      expect(transcript.confidence).toBeGreaterThan(0);
    }, 60_000);
  },
);
