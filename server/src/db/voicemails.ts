/**
 * @module
 * Voicemails: one row per message left, created when the provider reports a
 * recording, filled in as its audio is copied (and later transcribed), and
 * handled by the team. A deleted voicemail keeps its row, without audio or
 * transcript, so the call log can say what became of it.
 */
import { newId } from '../ids.js';
import { type Connection, sqlOf } from './sql/connection.js';

export type AudioStatus = 'fetching' | 'stored' | 'unavailable' | 'deleted';
export type TranscriptStatus = 'none' | 'pending' | 'done' | 'failed';
export type VoicemailStatus = 'new' | 'handled';

export interface Voicemail {
  id: string;
  callId: string | null;
  numberId: string | null;
  caller: string;
  business: string;
  provider: string;
  providerRecordingId: string;
  /** Null when it is the provider's usual URL for the recording id (see keep-recording.ts). */
  providerRecordingUrl: string | null;
  reportedDurationSeconds: number | null;
  at: string;
  audioStatus: AudioStatus;
  audioError: string | null;
  /** Relative to the data directory. */
  audioFile: string | null;
  audioContentType: string | null;
  audioBytes: number | null;
  audioSha256: string | null;
  /** Read from the file once stored; the provider's figure until then. */
  durationSeconds: number | null;
  audioDeletedAt: string | null;
  audioDeletedReason: 'retention' | 'user' | null;
  providerDeletedAt: string | null;
  transcript: string | null;
  transcriptStatus: TranscriptStatus;
  transcriptError: string | null;
  /** The language spoken, as the engine reported it. */
  transcriptLanguage: string | null;
  /** 0..1, as the engine reported it; null when it gave none. */
  transcriptConfidence: number | null;
  transcriptEngine: 'azure' | 'twilio' | null;
  transcriptEditedAt: string | null;
  transcriptEditedBy: string | null;
  status: VoicemailStatus;
  handledAt: string | null;
  handledBy: string | null;
  assigneeId: string | null;
  deletedAt: string | null;
  deletedBy: string | null;
}

/** The columns of a `Voicemail`, as a SELECT or a RETURNING lists them. */
const VOICEMAIL_FIELDS = `id, call_id AS callId, phone_number_id AS numberId, caller_number AS caller,
  business_number AS business, provider, provider_recording_id AS providerRecordingId,
  NULLIF(provider_recording_url, '') AS providerRecordingUrl, reported_duration_seconds AS reportedDurationSeconds,
  at, audio_status AS audioStatus, audio_error AS audioError, audio_file AS audioFile,
  audio_content_type AS audioContentType, audio_bytes AS audioBytes, audio_sha256 AS audioSha256,
  COALESCE(duration_seconds, reported_duration_seconds) AS durationSeconds,
  audio_deleted_at AS audioDeletedAt, audio_deleted_reason AS audioDeletedReason,
  provider_deleted_at AS providerDeletedAt, transcript, transcript_status AS transcriptStatus,
  transcript_error AS transcriptError, transcript_language AS transcriptLanguage,
  transcript_confidence AS transcriptConfidence, transcript_engine AS transcriptEngine,
  transcript_edited_at AS transcriptEditedAt, transcript_edited_by AS transcriptEditedBy, status, handled_at AS handledAt, handled_by AS handledBy,
  assignee_id AS assigneeId, deleted_at AS deletedAt, deleted_by AS deletedBy`;

/** The columns of a `Voicemail`, then `FROM voicemails`: other db modules select from it as a subquery. */
export const VOICEMAIL_COLUMNS = `${VOICEMAIL_FIELDS} FROM voicemails`;

/** What the provider's recording callback tells; everything else starts empty. */
export type NewVoicemail = Pick<
  Voicemail,
  | 'callId'
  | 'numberId'
  | 'caller'
  | 'business'
  | 'provider'
  | 'providerRecordingId'
  | 'providerRecordingUrl'
  | 'reportedDurationSeconds'
  | 'at'
> & {
  /** 'pending' when the voicemail step asked for a transcript (an engine will write it). */
  transcriptStatus?: 'none' | 'pending';
};

/**
 * Adds the voicemail of a provider's recording, or finds the one already
 * there (the provider retries its callbacks).
 *
 * @example
 * const { voicemail, created } = insertVoicemail(db, { callId, numberId, caller: '+14155550123',
 *   business: '+14155550100', provider: 'twilio', providerRecordingId: 'RE1',
 *   providerRecordingUrl: 'https://api.twilio.com/.../Recordings/RE1', reportedDurationSeconds: 20, at });
 */
export async function insertVoicemail(
  db: Connection,
  input: NewVoicemail,
): Promise<{ voicemail: Voicemail; created: boolean }> {
  // RETURNING gives the new row without a second read; a retried callback finds the first one's.
  const inserted = await sqlOf(db).get<Voicemail>(
    `INSERT INTO voicemails (id, call_id, phone_number_id, caller_number, business_number, provider,
       provider_recording_id, provider_recording_url, reported_duration_seconds, at, transcript_status)
     VALUES (@id, @callId, @numberId, @caller, @business, @provider, @providerRecordingId,
       @providerRecordingUrl, @reportedDurationSeconds, @at, @transcriptStatus)
     ON CONFLICT (provider, provider_recording_id) DO NOTHING
     RETURNING ${VOICEMAIL_FIELDS}`,
    {
      ...input,
      // The column is NOT NULL (migration 6): the usual URL is kept as ''.
      providerRecordingUrl: input.providerRecordingUrl ?? '',
      transcriptStatus: input.transcriptStatus ?? 'none',
      id: newId('vm'),
    },
  );
  if (inserted) return { voicemail: inserted, created: true };
  const voicemail = await findVoicemailByRecording(db, input.provider, input.providerRecordingId);
  return { voicemail: voicemail as Voicemail, created: false };
}

export async function getVoicemail(db: Connection, id: string): Promise<Voicemail | undefined> {
  return await sqlOf(db).get<Voicemail>(`SELECT ${VOICEMAIL_COLUMNS} WHERE id = ?`, [id]);
}

/** The voicemails a call left (usually one), deleted ones included, oldest first. */
export async function voicemailsOfCall(db: Connection, callId: string): Promise<Voicemail[]> {
  return await sqlOf(db).all<Voicemail>(
    `SELECT ${VOICEMAIL_COLUMNS} WHERE call_id = ? ORDER BY at, id`,
    [callId],
  );
}

/** The audio was copied: where it is and what it is. */
export async function recordAudioStored(
  db: Connection,
  id: string,
  audio: {
    file: string;
    contentType: string;
    bytes: number;
    sha256: string;
    durationSeconds: number | null;
  },
): Promise<void> {
  await sqlOf(db).run(
    `UPDATE voicemails SET audio_status = 'stored', audio_error = NULL, audio_file = @file,
       audio_content_type = @contentType, audio_bytes = @bytes, audio_sha256 = @sha256,
       duration_seconds = @durationSeconds
     WHERE id = @id AND audio_status = 'fetching' AND deleted_at IS NULL`,
    { id, ...audio },
  );
}

/** The audio could not be copied (yet, or for good: `final`). */
export async function recordAudioError(
  db: Connection,
  id: string,
  error: string,
  final: boolean,
): Promise<void> {
  await sqlOf(db).run(
    `UPDATE voicemails SET audio_error = @error,
       audio_status = CASE WHEN @final THEN 'unavailable' ELSE audio_status END
     WHERE id = @id AND audio_status = 'fetching'`,
    { id, error, final: final ? 1 : 0 },
  );
}

/** The recording was deleted at the provider after its copy was kept. */
export async function recordProviderDeleted(db: Connection, id: string, at: string): Promise<void> {
  await sqlOf(db).run('UPDATE voicemails SET provider_deleted_at = ? WHERE id = ?', [at, id]);
}

/** Removes the audio and transcript from the row (the caller deletes the file). */
export async function recordAudioDeleted(
  db: Connection,
  id: string,
  reason: 'retention' | 'user',
  at: string,
): Promise<void> {
  await sqlOf(db).run(
    `UPDATE voicemails SET audio_status = 'deleted', audio_file = NULL, audio_deleted_at = @at,
       audio_deleted_reason = @reason, transcript = NULL, transcript_language = NULL,
       transcript_confidence = NULL,
       transcript_status = CASE WHEN transcript_status = 'done' THEN 'none' ELSE transcript_status END
     WHERE id = @id AND audio_status <> 'deleted'`,
    { id, reason, at },
  );
}

/** The voicemail of a provider's recording, for callbacks that name the recording only. */
export async function findVoicemailByRecording(
  db: Connection,
  provider: string,
  recordingId: string,
): Promise<Voicemail | undefined> {
  return await sqlOf(db).get<Voicemail>(
    `SELECT ${VOICEMAIL_COLUMNS} WHERE provider = ? AND provider_recording_id = ?`,
    [provider, recordingId],
  );
}
