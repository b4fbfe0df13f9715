/**
 * @module
 * The speech engine the server uses: Azure Speech when configured, with a
 * deadline on every call; null without configuration (then Twilio's <Say>
 * speaks, and Twilio transcribes when a voicemail node asks).
 */
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { SpeechSettings } from './sdk-config.js';
import { type SynthesisRequest, synthesize } from './synthesize.js';
import { type Profanity, type Transcript, transcribe } from './transcribe.js';
import { azureVoices, type SpeechVoice } from './voices.js';
import { readWav } from './wav-pcm.js';

export interface SpeechEngine {
  name: 'azure';
  settings: SpeechSettings;
  /** A WAV file; an empty `voice` takes the service's first voice for the language. */
  synthesize(request: SynthesisRequest): Promise<Buffer>;
  voices(): Promise<SpeechVoice[]>;
  transcribe(
    wav: Buffer,
    options: { languages: string[]; profanity: Profanity },
  ): Promise<Transcript>;
}

export interface SpeechTimeouts {
  synthesisMs: number;
  voicesMs: number;
  /** For transcription: this much, plus twice the recording's length. */
  transcriptionBaseMs: number;
}

export const DEFAULT_SPEECH_TIMEOUTS: SpeechTimeouts = {
  synthesisMs: 30_000,
  voicesMs: 15_000,
  transcriptionBaseMs: 30_000,
};

/**
 * @example
 * const engine = speechEngine(config, { clock });
 * if (engine) await engine.synthesize({ text: 'Hello', voice: '', language: 'en-US' });
 */
export function speechEngine(
  config: Pick<Config, 'speech'>,
  options: { clock: Clock; timeouts?: Partial<SpeechTimeouts> },
): SpeechEngine | null {
  const settings = config.speech;
  if (!settings) return null;
  const timeouts = { ...DEFAULT_SPEECH_TIMEOUTS, ...options.timeouts };
  const voices = () => azureVoices(settings, options.clock, timeouts.voicesMs);
  return {
    name: 'azure',
    settings,
    voices,
    async synthesize(request) {
      let voice = request.voice;
      if (!voice) {
        const lang = request.language.toLowerCase();
        const spoken = (await voices()).filter((v) => v.language.toLowerCase() === lang);
        // A plain neural voice (en-US-JennyNeural) before multilingual or preview variants.
        const plain = spoken.find((v) => /^[a-z]{2,3}-[A-Za-z]{2,4}-[A-Za-z]+Neural$/.test(v.name));
        voice = (plain ?? spoken[0])?.name ?? '';
        if (!voice) throw new Error(`Azure has no voice for the language ${request.language}`);
      }
      return synthesize(settings, { ...request, voice }, timeouts.synthesisMs);
    },
    transcribe(wav, { languages, profanity }) {
      const format = readWav(wav);
      const seconds = format
        ? format.data.length /
          Math.max(1, (format.sampleRate * format.bitsPerSample * format.channels) / 8)
        : 0;
      const timeoutMs = timeouts.transcriptionBaseMs + Math.ceil(seconds * 2000);
      return transcribe(settings, wav, { languages, profanity, timeoutMs });
    },
  };
}

/**
 * What to tell an administrator when Azure Speech is not set up; null when it is.
 *
 * @example
 * const problem = speechProblem(config);
 * if (problem) log.warn(problem);
 */
export function speechProblem(config: Pick<Config, 'speech'>): string | null {
  if (config.speech) return null;
  return "AZURE_SPEECH_KEY and AZURE_SPEECH_REGION are not set: text is spoken by Twilio's <Say>; voicemails are transcribed by Twilio only when the voicemail node asks (English only, messages up to 2 minutes)";
}
