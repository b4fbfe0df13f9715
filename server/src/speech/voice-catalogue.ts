/**
 * @module
 * The voice catalogue the flow validator checks say prompts against: Azure's
 * voices when Azure Speech is set up (from the list cached in memory, loaded
 * at start and refreshed hourly by the voice picker), else undefined, which
 * the validator reads as Twilio's <Say> voices.
 */
import type { VoiceCatalogue } from '@ringflow/shared';
import type { Config } from '../config.js';
import { cachedAzureVoices } from './voices.js';

/**
 * @example
 * checkFlow(db, document, speechCatalogue(config));
 */
export function speechCatalogue(config: Pick<Config, 'speech'>): VoiceCatalogue | undefined {
  if (!config.speech) return undefined;
  const voices = cachedAzureVoices(config.speech);
  // Not loaded yet (Azure did not answer since the start): Twilio's list is the best check there is.
  return voices ? { engine: 'Azure Speech', voices } : undefined;
}
