/**
 * @module
 * Speech to text with the Azure SDK: continuous recognition over a push
 * stream fed a stored WAV recording, in the number's language (or the one
 * detected among up to four), with its profanity option. The phrases are
 * joined into one transcript; the confidence is their average.
 */
import type AzureSdk from 'microsoft-cognitiveservices-speech-sdk';
import { type SpeechSettings, sdkSpeechConfig, speechSdk } from './sdk-config.js';
import { readWav } from './wav-pcm.js';
import { withTimeout } from './with-timeout.js';

export type Profanity = 'masked' | 'removed' | 'raw';

export interface TranscribeOptions {
  /** One language, or two to four candidates for the service to choose from. */
  languages: string[];
  profanity: Profanity;
  timeoutMs: number;
}

export interface Transcript {
  text: string;
  /** The language spoken (detected, or the only one given). */
  language: string;
  /** 0..1, the average over the phrases; null without any phrase. */
  confidence: number | null;
}

/** The recording cannot be transcribed as it is: trying again would not help. */
export class UnsupportedAudioError extends Error {
  override name = 'UnsupportedAudioError';
}

const PROFANITY = {
  masked: 'Masked',
  removed: 'Removed',
  raw: 'Raw',
} as const satisfies Record<Profanity, keyof typeof AzureSdk.ProfanityOption>;

/** WAV format tags the SDK can take, with the SDK's names for them. */
const FORMATS: Record<number, keyof typeof AzureSdk.AudioFormatTag> = {
  1: 'PCM',
  6: 'ALaw',
  7: 'MuLaw',
};

/**
 * @example
 * const t = await transcribe(config.speech, wavBytes, { languages: ['en-US'], profanity: 'masked', timeoutMs: 120_000 });
 * // { text: 'Hello, please call me back.', language: 'en-US', confidence: 0.91 }
 */
export async function transcribe(
  settings: SpeechSettings,
  audio: Buffer,
  options: TranscribeOptions,
): Promise<Transcript> {
  const wav = readWav(audio);
  if (!wav)
    throw new UnsupportedAudioError('The recording is not a WAV file, which transcription needs');
  const tag = FORMATS[wav.formatTag];
  if (tag === undefined) {
    throw new UnsupportedAudioError(
      `The recording's WAV encoding (format ${wav.formatTag}) cannot be transcribed`,
    );
  }
  const [first] = options.languages;
  if (!first) throw new Error('No language to transcribe in');

  const sdk = await speechSdk();
  const config = sdkSpeechConfig(sdk, settings);
  config.outputFormat = sdk.OutputFormat.Detailed;
  config.setProfanity(sdk.ProfanityOption[PROFANITY[options.profanity]]);
  // A stored file, not a live caller: send it as fast as the service takes it.
  config.setProperty('SPEECH-TransmitLengthBeforThrottleMs', String(60 * 60_000));
  const stream = sdk.AudioInputStream.createPushStream(
    sdk.AudioStreamFormat.getWaveFormat(
      wav.sampleRate,
      wav.bitsPerSample,
      wav.channels,
      sdk.AudioFormatTag[tag],
    ),
  );
  stream.write(Uint8Array.from(wav.data).buffer);
  stream.close();
  const audioConfig = sdk.AudioConfig.fromStreamInput(stream);
  let recognizer: AzureSdk.SpeechRecognizer;
  if (options.languages.length > 1) {
    const candidates = sdk.AutoDetectSourceLanguageConfig.fromLanguages(options.languages);
    recognizer = sdk.SpeechRecognizer.FromConfig(config, candidates, audioConfig);
  } else {
    config.speechRecognitionLanguage = first;
    recognizer = new sdk.SpeechRecognizer(config, audioConfig);
  }

  const phrases: Array<{ text: string; confidence: number | null; language: string | null }> = [];
  const done = new Promise<void>((resolve, reject) => {
    recognizer.recognized = (_, event) => {
      const result = event.result;
      if (result.reason !== sdk.ResultReason.RecognizedSpeech || !result.text) return;
      phrases.push({
        text: result.text,
        confidence: confidenceOf(result.json),
        language: result.language || null,
      });
    };
    recognizer.canceled = (_, event) => {
      if (event.reason === sdk.CancellationReason.Error) {
        reject(new Error(`Azure transcription failed: ${event.errorDetails || 'cancelled'}`));
      } else {
        resolve();
      }
    };
    recognizer.sessionStopped = () => resolve();
  });
  const close = () => {
    try {
      recognizer.close();
    } catch {
      // Already closed.
    }
  };
  try {
    await withTimeout(
      (async () => {
        await new Promise<void>((resolve, reject) =>
          recognizer.startContinuousRecognitionAsync(resolve, (e) =>
            reject(new Error(`Azure transcription failed: ${e}`)),
          ),
        );
        await done;
      })(),
      options.timeoutMs,
      'Azure transcription',
      close,
    );
  } finally {
    close();
  }
  const scores = phrases.flatMap((p) => (p.confidence === null ? [] : [p.confidence]));
  return {
    text: phrases.map((p) => p.text).join(' '),
    language: phrases.find((p) => p.language)?.language ?? first,
    confidence: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
  };
}

function confidenceOf(json: string): number | null {
  try {
    const value = (JSON.parse(json) as { NBest?: Array<{ Confidence?: unknown }> }).NBest?.[0]
      ?.Confidence;
    return typeof value === 'number' ? value : null;
  } catch {
    return null;
  }
}
