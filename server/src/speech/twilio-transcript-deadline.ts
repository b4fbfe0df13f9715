/**
 * @module
 * The deadline of Twilio's transcripts: Twilio posts its transcription when
 * it likes, or never (a call whose recording it was not asked to transcribe,
 * a lost callback). A voicemail still waiting on Twilio 30 minutes after it
 * was left is marked failed with that reason instead of "Transcribing…" for
 * ever. A transcript that came meanwhile is left alone, and one that comes
 * later still replaces the failure. A sweep, run by the reconciler every
 * minute, instead of a queued row per voicemail: nothing is stored for a
 * transcript that comes in time.
 */
import { lateTwilioTranscripts, recordTranscriptError } from '../db/voicemail-transcripts.js';
import type { ServerDeps } from '../deps.js';

/** How long a voicemail waits for Twilio's transcription. */
export const TWILIO_TRANSCRIPT_WAIT_MINUTES = 30;

export const TWILIO_TRANSCRIPT_LATE = `Twilio did not send a transcription within ${TWILIO_TRANSCRIPT_WAIT_MINUTES} minutes`;

/** Voicemails marked per sweep, so one sweep stays short; the next takes the rest. */
const BATCH = 500;

/**
 * Marks the transcripts Twilio has owed for 30 minutes failed; returns their
 * voicemails' ids. Azure's transcriptions have their own retries and last
 * failure, and are not swept.
 *
 * @example
 * const expired = expireLateTwilioTranscripts(deps);
 */
export async function expireLateTwilioTranscripts(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'log'>,
): Promise<string[]> {
  const { db, clock, log } = deps;
  const before = new Date(clock.now().getTime() - TWILIO_TRANSCRIPT_WAIT_MINUTES * 60_000);
  const ids = await lateTwilioTranscripts(db, before.toISOString(), BATCH);
  for (const id of ids) {
    await recordTranscriptError(db, id, TWILIO_TRANSCRIPT_LATE, true, 'twilio');
    log.warn('voicemail: no transcription from Twilio', { voicemailId: id });
  }
  return ids;
}
