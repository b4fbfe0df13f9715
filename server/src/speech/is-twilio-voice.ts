/**
 * @module
 * Voices only Twilio's <Say> has (its classic voices, Amazon Polly and Google
 * through Twilio): Azure cannot speak them, so a prompt naming one stays with
 * <Say> even when Azure is set up.
 */
import { languagesOfVoice, twilioCatalogue } from '@ringflow/shared';

/**
 * @example
 * isTwilioVoice('Polly.Joanna'); // true
 * isTwilioVoice('en-US-JennyNeural'); // false
 */
export function isTwilioVoice(voice: string | null | undefined): boolean {
  return Boolean(voice) && languagesOfVoice(twilioCatalogue, voice ?? '').length > 0;
}
