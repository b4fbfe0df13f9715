/**
 * @module
 * Azure's voices, from the SDK's voice list (a REST call), kept in memory for
 * an hour: the list changes rarely and the editor asks for it often.
 */
import type { Clock } from '../clock.js';
import { type SpeechSettings, sdkRestConfig, speechSdk } from './sdk-config.js';
import { withTimeout } from './with-timeout.js';

export interface SpeechVoice {
  /** What SSML and a say prompt name, e.g. en-US-JennyNeural. */
  name: string;
  language: string;
  label: string;
  gender: 'female' | 'male' | 'neutral';
}

const HOUR_MS = 60 * 60_000;
const cache = new Map<string, { at: number; voices: SpeechVoice[] }>();

/**
 * Every voice the service offers (all languages); cached for an hour per
 * service and key. Rejects when the service refuses or does not answer.
 *
 * @example
 * const voices = await azureVoices(config.speech, clock, 15_000);
 * voices.filter((v) => v.language === 'de-DE');
 */
export async function azureVoices(
  settings: SpeechSettings,
  clock: Clock,
  timeoutMs: number,
): Promise<SpeechVoice[]> {
  const cacheKey = `${settings.host ?? settings.region}|${settings.key ?? ''}`;
  const now = clock.now().getTime();
  const hit = cache.get(cacheKey);
  if (hit && now - hit.at < HOUR_MS) return hit.voices;
  const sdk = await speechSdk();
  const synthesizer = new sdk.SpeechSynthesizer(sdkRestConfig(sdk, settings), null);
  try {
    const result = await withTimeout(
      synthesizer.getVoicesAsync(),
      timeoutMs,
      'The Azure voice list',
    );
    if (result.reason !== sdk.ResultReason.VoicesListRetrieved) {
      throw new Error(`The Azure voice list could not be read: ${result.errorDetails}`);
    }
    const voices = result.voices.map(
      (v): SpeechVoice => ({
        name: v.shortName,
        language: v.locale,
        label: v.localName || v.displayName || v.shortName,
        gender:
          v.gender === sdk.SynthesisVoiceGender.Female
            ? 'female'
            : v.gender === sdk.SynthesisVoiceGender.Male
              ? 'male'
              : 'neutral',
      }),
    );
    cache.set(cacheKey, { at: now, voices });
    return voices;
  } finally {
    synthesizer.close();
  }
}

/** The voices cached now, without asking the service: for validation on a request's path. */
export function cachedAzureVoices(settings: SpeechSettings): SpeechVoice[] | null {
  return cache.get(`${settings.host ?? settings.region}|${settings.key ?? ''}`)?.voices ?? null;
}
