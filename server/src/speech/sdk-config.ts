/**
 * @module
 * The SDK's configuration from Ringflow's: a key and region reach Azure; a
 * host (AZURE_SPEECH_HOST: a speech container, or the tests' fake service)
 * is used as it is, with the key when there is one.
 */
import sdk from 'microsoft-cognitiveservices-speech-sdk';
import type { Config } from '../config.js';

export type SpeechSettings = NonNullable<Config['speech']>;

/**
 * @example
 * const speechConfig = sdkSpeechConfig({ key: 'k', region: 'westeurope', host: null });
 */
export function sdkSpeechConfig(settings: SpeechSettings): sdk.SpeechConfig {
  if (settings.host) {
    return sdk.SpeechConfig.fromHost(new URL(settings.host), settings.key ?? undefined);
  }
  return sdk.SpeechConfig.fromSubscription(settings.key ?? '', settings.region ?? '');
}

/**
 * For the voice list, which the SDK fetches over plain HTTPS (a REST call, not
 * the websocket): a ws(s):// host becomes http(s)://.
 */
export function sdkRestConfig(settings: SpeechSettings): sdk.SpeechConfig {
  if (!settings.host) return sdkSpeechConfig(settings);
  const host = settings.host.replace(/^ws(s?):/i, 'http$1:');
  return sdkSpeechConfig({ ...settings, host });
}
