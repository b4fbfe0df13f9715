import { instantMs } from './outbox.js';
import { type Connection, sqlOf } from './sql/connection.js';

/** A voicemail whose recording is to be deleted, and the call whose trace will say so. */
export interface ExpiredRecording {
  id: string;
  audioFile: string | null;
  callId: string | null;
  /** The call's current step, for the note in its trace. */
  callStep: number | null;
}

/**
 * Voicemails left before `before` whose recording is still kept, in id
 * order after `after` (a cursor, so a voicemail that cannot be handled is
 * not picked again and again).
 *
 * @example
 * expiredRecordings(db, { before: '2026-09-01T00:00:00.000Z', after: '', limit: 500 });
 */
export async function expiredRecordings(
  db: Connection,
  query: { before: string; after: string; limit: number },
): Promise<ExpiredRecording[]> {
  return await sqlOf(db).all<ExpiredRecording>(
    `SELECT v.id, v.audio_file AS audioFile, v.call_id AS callId, c.step AS callStep
     FROM voicemails v LEFT JOIN calls c ON c.id = v.call_id
     WHERE v.audio_status = 'stored' AND v.at < @before AND v.id > @after
     ORDER BY v.id LIMIT @limit`,
    query,
  );
}

/**
 * Deletes up to `limit` ended calls started before `before`, with their
 * traces (ON DELETE CASCADE); their voicemails stay, without the link.
 * Active calls are never touched. Returns how many were deleted.
 */
export async function deleteExpiredCalls(
  db: Connection,
  query: { before: string; limit: number },
): Promise<number> {
  return await sqlOf(db).run(
    `DELETE FROM calls WHERE id IN (
       SELECT id FROM calls WHERE status = 'ended' AND started_at < @before
       ORDER BY started_at LIMIT @limit)`,
    query,
  );
}

/** A voicemail row with nothing left to play whose call is gone. */
export interface BareVoicemail {
  id: string;
  audioDeletedAt: string | null;
  audioDeletedReason: string | null;
}

/**
 * Voicemails left before `before` that have no call any more and no
 * recording (deleted, never copied): what is left of them only names a
 * caller, so they go with the calls.
 */
export async function bareVoicemails(
  db: Connection,
  query: { before: string; limit: number },
): Promise<BareVoicemail[]> {
  return await sqlOf(db).all<BareVoicemail>(
    `SELECT id, audio_deleted_at AS audioDeletedAt,
       audio_deleted_reason AS audioDeletedReason
     FROM voicemails WHERE call_id IS NULL AND audio_status <> 'stored' AND at < @before
     ORDER BY id LIMIT @limit`,
    query,
  );
}

/** Deletes voicemail rows (their comments and read marks go with them). */
export async function deleteVoicemailRows(db: Connection, ids: readonly string[]): Promise<number> {
  return await sqlOf(db).run(
    'DELETE FROM voicemails WHERE id IN (SELECT value FROM json_each(?))',
    [JSON.stringify(ids)],
  );
}

/**
 * Deletes up to `limit` texts written before `before`. A text still
 * scheduled to go out, or whose delivery is still being settled with Twilio
 * (status 'unknown', its outbox row pending), is kept until that ends.
 */
export async function deleteExpiredMessages(
  db: Connection,
  query: { before: string; limit: number },
): Promise<number> {
  return await sqlOf(db).run(
    `DELETE FROM messages WHERE id IN (
       SELECT id FROM messages WHERE at < @before AND status <> 'scheduled'
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.id = outbox_id AND o.status = 'pending')
       LIMIT @limit)`,
    query,
  );
}

/** Deletes up to `limit` auto-reply decisions taken before `before`. */
export async function deleteExpiredDecisions(
  db: Connection,
  query: { before: string; limit: number },
): Promise<number> {
  return await sqlOf(db).run(
    `DELETE FROM auto_reply_decisions WHERE id IN (
       SELECT id FROM auto_reply_decisions WHERE at < @before LIMIT @limit)`,
    query,
  );
}

/**
 * Deletes up to `limit` finished outbox rows (sent, failed or cancelled)
 * created before `before`: their payloads hold the texts and notifications
 * that went out. A row a kept message still points at stays with it.
 */
export async function deleteFinishedOutbox(
  db: Connection,
  query: { before: string; limit: number },
): Promise<number> {
  return await sqlOf(db).run(
    `DELETE FROM outbox WHERE id IN (
       SELECT o.id FROM outbox o
       WHERE o.status <> 'pending' AND o.created_at < @before
         AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.outbox_id = o.id)
       LIMIT @limit)`,
    { before: instantMs(query.before), limit: query.limit },
  );
}
