/**
 * @module
 * Text to speech with the Azure SDK: one SSML request, answered with a WAV
 * file Twilio's <Play> takes (8 kHz, 16-bit, mono PCM: telephone quality,
 * so nothing is resampled on the way to the caller).
 */
import { type SpeechSettings, sdkSpeechConfig, speechSdk } from './sdk-config.js';
import { ssml } from './ssml.js';
import { withTimeout } from './with-timeout.js';

/** What the cache key names: a change of format is a different file. */
export const SYNTHESIS_FORMAT = 'riff-8khz-16bit-mono-pcm';
export const SYNTHESIS_CONTENT_TYPE = 'audio/wav';

export interface SynthesisRequest {
  text: string;
  voice: string;
  language: string;
}

/**
 * Resolves with the WAV bytes; rejects with the service's reason (an unknown
 * voice, a refused key) or a time-out.
 *
 * @example
 * const wav = await synthesize(config.speech, { text: 'Hello', voice: 'en-US-JennyNeural', language: 'en-US' }, 30_000);
 */
export async function synthesize(
  settings: SpeechSettings,
  request: SynthesisRequest,
  timeoutMs: number,
): Promise<Buffer> {
  const sdk = await speechSdk();
  const config = sdkSpeechConfig(sdk, settings);
  config.speechSynthesisOutputFormat = sdk.SpeechSynthesisOutputFormat.Riff8Khz16BitMonoPcm;
  config.speechSynthesisLanguage = request.language;
  config.speechSynthesisVoiceName = request.voice;
  // null: no speaker; the audio comes back in the result.
  const synthesizer = new sdk.SpeechSynthesizer(config, null);
  const close = () => {
    try {
      synthesizer.close();
    } catch {
      // Already closed.
    }
  };
  const spoken = new Promise<Buffer>((resolve, reject) => {
    synthesizer.speakSsmlAsync(
      ssml(request),
      (result) => {
        if (result.reason === sdk.ResultReason.SynthesizingAudioCompleted) {
          resolve(Buffer.from(result.audioData));
        } else {
          const details = sdk.CancellationDetails.fromResult(result);
          reject(new Error(`Azure synthesis failed: ${details.errorDetails || 'cancelled'}`));
        }
      },
      (error) => reject(new Error(`Azure synthesis failed: ${error}`)),
    );
  });
  try {
    return await withTimeout(spoken, timeoutMs, 'Azure synthesis', close);
  } finally {
    close();
  }
}
