import { type Connection, sqlOf } from './sql/connection.js';

export interface EarlyTranscription {
  provider: string;
  providerRecordingId: string;
  /** The provider's word for how it went (Twilio: 'completed', 'failed'). */
  status: string;
  text: string | null;
  receivedAt: string;
}

/**
 * Keeps a transcription whose voicemail does not exist yet; a retried
 * callback replaces the one kept before.
 *
 * @example
 * keepEarlyTranscription(db, { provider: 'twilio', providerRecordingId: 'RE…', status: 'completed',
 *   text: 'Call me back', receivedAt: now });
 */
export async function keepEarlyTranscription(
  db: Connection,
  early: EarlyTranscription,
): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO early_transcriptions (provider, provider_recording_id, status, text, received_at)
     VALUES (@provider, @providerRecordingId, @status, @text, @receivedAt)
     ON CONFLICT (provider, provider_recording_id)
       DO UPDATE SET status = excluded.status, text = excluded.text, received_at = excluded.received_at`,
    early,
  );
}

/**
 * Removes and returns the transcription kept for a recording, if any; call
 * it in the transaction that creates the recording's voicemail.
 *
 * @example
 * const early = takeEarlyTranscription(db, 'twilio', recordingSid);
 */
export async function takeEarlyTranscription(
  db: Connection,
  provider: string,
  providerRecordingId: string,
): Promise<EarlyTranscription | undefined> {
  return await sqlOf(db).get<EarlyTranscription>(
    `DELETE FROM early_transcriptions WHERE provider = ? AND provider_recording_id = ?
     RETURNING provider, provider_recording_id AS providerRecordingId, status, text,
       received_at AS receivedAt`,
    [provider, providerRecordingId],
  );
}

/**
 * Deletes up to `limit` transcriptions received before `before` that no
 * voicemail took; returns how many.
 *
 * @example
 * deleteUnclaimedTranscriptions(db, { before: '2026-11-30T12:00:00.000Z', limit: 500 });
 */
export async function deleteUnclaimedTranscriptions(
  db: Connection,
  query: { before: string; limit: number },
): Promise<number> {
  return await sqlOf(db).run(
    `DELETE FROM early_transcriptions WHERE rowid IN (
       SELECT rowid FROM early_transcriptions WHERE received_at < @before LIMIT @limit)`,
    query,
  );
}
