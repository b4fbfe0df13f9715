/**
 * @module
 * The SDK's configuration from Ringflow's: a key and region reach Azure; a
 * host (AZURE_SPEECH_HOST: a speech container, or the tests' fake service)
 * is used as it is, with the key when there is one.
 */
import type AzureSdk from 'microsoft-cognitiveservices-speech-sdk';
import type { Config } from '../config.js';

export type SpeechSettings = NonNullable<Config['speech']>;
export type SpeechSdk = typeof AzureSdk;

let loading: Promise<SpeechSdk> | undefined;

/**
 * The Azure Speech SDK, loaded on first use: a megabyte of JavaScript that a
 * server without Azure configured never needs to parse, and that would
 * otherwise lengthen every start.
 *
 * @example
 * const sdk = await speechSdk();
 * const config = sdkSpeechConfig(sdk, settings);
 */
export function speechSdk(): Promise<SpeechSdk> {
  // A CommonJS package: its exports object is the default export.
  loading ??= import('microsoft-cognitiveservices-speech-sdk').then((module) => module.default);
  return loading;
}

/**
 * @example
 * const speechConfig = sdkSpeechConfig(await speechSdk(), { key: 'k', region: 'westeurope', host: null });
 */
export function sdkSpeechConfig(sdk: SpeechSdk, settings: SpeechSettings): AzureSdk.SpeechConfig {
  if (settings.host) {
    return sdk.SpeechConfig.fromHost(new URL(settings.host), settings.key ?? undefined);
  }
  return sdk.SpeechConfig.fromSubscription(settings.key ?? '', settings.region ?? '');
}

/**
 * For the voice list, which the SDK fetches over plain HTTPS (a REST call, not
 * the websocket): a ws(s):// host becomes http(s)://.
 */
export function sdkRestConfig(sdk: SpeechSdk, settings: SpeechSettings): AzureSdk.SpeechConfig {
  if (!settings.host) return sdkSpeechConfig(sdk, settings);
  const host = settings.host.replace(/^ws(s?):/i, 'http$1:');
  return sdkSpeechConfig(sdk, { ...settings, host });
}
