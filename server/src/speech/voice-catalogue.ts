/**
 * @module
 * The voice catalogue the flow validator checks say prompts against: Azure's
 * voices when Azure Speech is set up, else undefined, which the validator
 * reads as Twilio's <Say> voices. Publishing waits for Azure's list (a
 * bounded wait); a draft's check on every save reads only the list in memory.
 * Either way, a list that could not be read is said so in a warning, never
 * replaced by Twilio's.
 */
import type { VoiceCatalogue } from '@ringflow/shared';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { azureVoices, cachedAzureVoices } from './voices.js';

const ENGINE = 'Azure Speech';

/** How long publishing waits for Azure's voice list before publishing with a warning. */
export const PUBLISH_VOICES_TIMEOUT_MS = 8_000;

/**
 * The catalogue from memory, for checks on a request's path that must not
 * wait (drafts saved as the admin types).
 *
 * @example
 * checkFlow(db, document, speechCatalogue(config));
 */
export function speechCatalogue(config: Pick<Config, 'speech'>): VoiceCatalogue | undefined {
  if (!config.speech) return undefined;
  const voices = cachedAzureVoices(config.speech);
  return voices
    ? { engine: ENGINE, voices }
    : {
        engine: ENGINE,
        voices: [],
        unavailable: `${ENGINE}'s voice list is not loaded yet (publishing loads it and checks them)`,
      };
}

/**
 * The catalogue for publishing: Azure's list from memory or read now, within
 * `timeoutMs`; when Azure does not answer, a catalogue that says why, so
 * the check warns instead of passing silently.
 *
 * @example
 * const voices = await loadSpeechCatalogue(config, clock);
 * publishChecked(db, draft, 'The draft', voices);
 */
export async function loadSpeechCatalogue(
  config: Pick<Config, 'speech'>,
  clock: Clock,
  timeoutMs = PUBLISH_VOICES_TIMEOUT_MS,
): Promise<VoiceCatalogue | undefined> {
  if (!config.speech) return undefined;
  try {
    return { engine: ENGINE, voices: await azureVoices(config.speech, clock, timeoutMs) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { engine: ENGINE, voices: [], unavailable: `${ENGINE} did not answer (${reason})` };
  }
}
