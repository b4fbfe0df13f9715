import { type Connection, sqlOf } from './sql/connection.js';
import type { TranscriptStatus } from './voicemails.js';

/**
 * The transcript's state: what speech set-up will write; today only tests
 * (and the retention job, through `recordAudioDeleted`) touch it.
 */
export async function recordTranscript(
  db: Connection,
  id: string,
  transcript: { status: TranscriptStatus; text: string | null; error: string | null },
): Promise<void> {
  await sqlOf(db).run(
    `UPDATE voicemails SET transcript_status = @status, transcript = @text, transcript_error = @error
     WHERE id = @id AND deleted_at IS NULL`,
    { id, ...transcript },
  );
}

/** What a speech engine made of a voicemail. */
export interface EngineTranscript {
  text: string;
  language: string | null;
  confidence: number | null;
  engine: 'azure' | 'twilio';
}

/**
 * Stores an engine's transcript (status 'done'), unless a person already
 * corrected it or the voicemail was deleted; true when it was stored.
 *
 * @example
 * recordEngineTranscript(db, id, { text: 'Call me back', language: 'en-US', confidence: 0.9, engine: 'azure' });
 */
export async function recordEngineTranscript(
  db: Connection,
  id: string,
  t: EngineTranscript,
): Promise<boolean> {
  return (
    (await sqlOf(db).run(
      `UPDATE voicemails SET transcript_status = 'done', transcript = @text, transcript_error = NULL,
         transcript_language = @language, transcript_confidence = @confidence, transcript_engine = @engine
       WHERE id = @id AND deleted_at IS NULL AND transcript_edited_at IS NULL`,
      { id, ...t },
    )) > 0
  );
}

/**
 * A failed transcription: `final` marks it failed for good; before that the
 * reason is kept while the status stays 'pending' (a retry is due).
 */
export async function recordTranscriptError(
  db: Connection,
  id: string,
  error: string,
  final: boolean,
  engine: 'azure' | 'twilio',
): Promise<void> {
  await sqlOf(db).run(
    `UPDATE voicemails SET transcript_error = @error, transcript_engine = @engine,
       transcript_status = CASE WHEN @final THEN 'failed' ELSE transcript_status END
     WHERE id = @id AND deleted_at IS NULL AND transcript_status = 'pending'`,
    { id, error, engine, final: final ? 1 : 0 },
  );
}

/** Marks a transcript as expected (an engine was asked), before it arrives. */
export async function markTranscriptPending(db: Connection, id: string): Promise<void> {
  await sqlOf(db).run(
    `UPDATE voicemails SET transcript_status = 'pending', transcript_error = NULL
     WHERE id = @id AND deleted_at IS NULL AND transcript_status = 'none'`,
    { id },
  );
}

/**
 * A person's correction: the text replaces the engine's, which stays named;
 * false when there is no such voicemail (or it was deleted).
 *
 * @example
 * editTranscript(db, id, { text: 'Please call Anna back.', userId, at });
 */
export async function editTranscript(
  db: Connection,
  id: string,
  edit: { text: string; userId: string; at: string },
): Promise<boolean> {
  return (
    (await sqlOf(db).run(
      `UPDATE voicemails SET transcript = @text, transcript_status = 'done', transcript_error = NULL,
         transcript_edited_at = @at, transcript_edited_by = @userId
       WHERE id = @id AND deleted_at IS NULL`,
      { id, ...edit },
    )) > 0
  );
}

/**
 * The transcript is Twilio's to send: marked on a pending voicemail so the
 * sweep of late transcripts finds it (an Azure transcription writes its own).
 */
export async function awaitTwilioTranscript(db: Connection, id: string): Promise<void> {
  await sqlOf(db).run(
    `UPDATE voicemails SET transcript_engine = 'twilio'
     WHERE id = ? AND transcript_status = 'pending' AND transcript_engine IS NULL`,
    [id],
  );
}

/** Voicemails whose transcript Twilio has owed since before `before`, oldest first. */
export async function lateTwilioTranscripts(
  db: Connection,
  before: string,
  limit: number,
): Promise<string[]> {
  return (
    await sqlOf(db).all<{ id: string }>(
      `SELECT id FROM voicemails INDEXED BY voicemails_transcript_pending
     WHERE transcript_status = 'pending' AND at <= ? AND transcript_engine = 'twilio'
       AND deleted_at IS NULL
     ORDER BY at LIMIT ?`,
      [before, limit],
    )
  ).map((row) => row.id);
}
