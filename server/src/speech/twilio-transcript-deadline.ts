/**
 * @module
 * The outbox's 'twilio-transcript-deadline' kind: Twilio posts its
 * transcription when it likes, or never (a call whose recording it was not
 * asked to transcribe, a lost callback). A voicemail waiting on Twilio gets
 * a row due 30 minutes after it is left; if the transcript is still pending
 * then, it is marked failed with that reason instead of "Transcribing…" for
 * ever. A transcript that came meanwhile is left alone, and one that comes
 * later still replaces the failure.
 */
import { enqueue } from '../db/outbox.js';
import { getVoicemail, recordTranscriptError } from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';
import type { DeliveryResult, OutboxHandler } from '../outbox/worker.js';

export const TRANSCRIPT_DEADLINE_KIND = 'twilio-transcript-deadline';

/** How long a voicemail waits for Twilio's transcription. */
export const TWILIO_TRANSCRIPT_WAIT_MINUTES = 30;

export const TWILIO_TRANSCRIPT_LATE = `Twilio did not send a transcription within ${TWILIO_TRANSCRIPT_WAIT_MINUTES} minutes`;

export interface TranscriptDeadlinePayload {
  voicemailId: string;
}

/**
 * Sets the deadline of a voicemail's Twilio transcript; call inside the
 * transaction that created the voicemail.
 *
 * @example
 * inTransaction(db, () => { markTranscriptPending(db, id); enqueueTranscriptDeadline(deps, id); });
 */
export function enqueueTranscriptDeadline(
  deps: Pick<ServerDeps, 'db' | 'clock'>,
  voicemailId: string,
): void {
  const now = deps.clock.now();
  const payload: TranscriptDeadlinePayload = { voicemailId };
  enqueue(deps.db, {
    kind: TRANSCRIPT_DEADLINE_KIND,
    payload,
    idempotencyKey: `${TRANSCRIPT_DEADLINE_KIND}:${voicemailId}`,
    notBefore: new Date(now.getTime() + TWILIO_TRANSCRIPT_WAIT_MINUTES * 60_000),
    now,
  });
}

/**
 * @example
 * handlers: { [TRANSCRIPT_DEADLINE_KIND]: transcriptDeadlineHandler(deps) }
 */
export function transcriptDeadlineHandler(deps: Pick<ServerDeps, 'db' | 'log'>): OutboxHandler {
  const { db, log } = deps;
  return async (row): Promise<DeliveryResult> => {
    const id = (row.payload as Partial<TranscriptDeadlinePayload> | null)?.voicemailId;
    if (typeof id !== 'string' || !id) {
      return { status: 'failed', error: 'Not a voicemail: the payload has no voicemailId' };
    }
    const voicemail = getVoicemail(db, id);
    if (!voicemail) return { status: 'cancelled', reason: `No voicemail ${id} any more` };
    if (voicemail.deletedAt) return { status: 'cancelled', reason: 'The voicemail was deleted' };
    if (voicemail.transcriptStatus !== 'pending') {
      return { status: 'cancelled', reason: `The transcript is ${voicemail.transcriptStatus}` };
    }
    recordTranscriptError(db, id, TWILIO_TRANSCRIPT_LATE, true, 'twilio');
    log.warn('voicemail: no transcription from Twilio', { voicemailId: id });
    return { status: 'sent', result: { transcriptStatus: 'failed' } };
  };
}
