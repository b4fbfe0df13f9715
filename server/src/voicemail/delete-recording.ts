/**
 * @module
 * The outbox's 'recording-delete' kind: once Ringflow has its copy, deletes
 * the recording at the provider (for numbers that ask for it), so the
 * message is kept in one place only.
 */
import { getVoicemail, recordProviderDeleted } from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';
import type { DeliveryResult, OutboxHandler } from '../outbox/worker.js';
import type { RecordingsClient } from '../providers/twilio/recordings.js';
import type { RecordingPayload } from './keep-recording.js';

export const RECORDING_DELETE_KIND = 'recording-delete';

/**
 * @example
 * createOutboxWorker({ ..., handlers: { 'recording-delete': recordingDeleteHandler(deps, twilioRecordings(...)) } });
 */
export function recordingDeleteHandler(
  deps: Pick<ServerDeps, 'db' | 'clock'>,
  client: RecordingsClient,
): OutboxHandler {
  const { db, clock } = deps;
  return async (row): Promise<DeliveryResult> => {
    const id = (row.payload as Partial<RecordingPayload> | null)?.voicemailId;
    if (typeof id !== 'string') {
      return { status: 'failed', error: 'Not a recording: the payload has no voicemailId' };
    }
    const voicemail = await getVoicemail(db, id);
    if (!voicemail) return { status: 'cancelled', reason: `No voicemail ${id} any more` };
    if (voicemail.providerDeletedAt) return { status: 'sent', result: { already: true } };
    // Only a copy kept (or since deleted by its owner) lets the provider's go.
    if (voicemail.audioStatus === 'fetching' || voicemail.audioStatus === 'unavailable') {
      return {
        status: 'cancelled',
        reason: `Ringflow has no copy: the audio is ${voicemail.audioStatus}`,
      };
    }
    const deleted = await client.delete(voicemail.providerRecordingId);
    if (!deleted.ok) {
      const result = { httpStatus: deleted.httpStatus ?? null, message: deleted.message };
      return deleted.retryable
        ? { status: 'retry', error: deleted.message, result }
        : { status: 'failed', error: deleted.message, result };
    }
    await recordProviderDeleted(db, id, clock.now().toISOString());
    return { status: 'sent', result: { alreadyGone: deleted.alreadyGone } };
  };
}
