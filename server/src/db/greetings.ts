import { type Connection, sqlOf } from './sql/connection.js';

export type GreetingSource = 'upload' | 'recording' | 'tts';
export type SynthesisStatus = 'pending' | 'done' | 'failed' | 'unavailable';

export interface Greeting {
  id: string;
  name: string;
  source: GreetingSource;
  /** Relative to the data directory, e.g. `greetings/<id>-v2.wav`; null until a TTS greeting is synthesised. */
  file: string | null;
  contentType: string | null;
  durationSeconds: number | null;
  bytes: number | null;
  sha256: string | null;
  version: number;
  text: string | null;
  voice: string | null;
  language: string | null;
  /** Text-to-speech greetings only; null for uploads and recordings. */
  synthesisStatus: SynthesisStatus | null;
  synthesisError: string | null;
  createdAt: string;
  /** When it was last changed; its creation time for rows from before versions existed. */
  updatedAt: string;
}

/** What a stored audio file is. */
export interface GreetingAudio {
  file: string;
  contentType: string;
  bytes: number;
  sha256: string;
  durationSeconds: number | null;
}

const COLUMNS = `id, name, source, file, content_type AS contentType, duration_seconds AS durationSeconds,
  bytes, sha256, version, text, voice, language, synthesis_status AS synthesisStatus,
  synthesis_error AS synthesisError, created_at AS createdAt, COALESCE(updated_at, created_at) AS updatedAt
  FROM greetings`;

export async function listGreetings(db: Connection): Promise<Greeting[]> {
  return await sqlOf(db).all<Greeting>(`SELECT ${COLUMNS} ORDER BY name COLLATE NOCASE, id`);
}

export async function getGreeting(db: Connection, id: string): Promise<Greeting | undefined> {
  return await sqlOf(db).get<Greeting>(`SELECT ${COLUMNS} WHERE id = ?`, [id]);
}

/** A greeting with its audio already stored (upload or recording), at version 1. */
export interface NewAudioGreeting {
  id: string;
  name: string;
  source: 'upload' | 'recording';
  audio: GreetingAudio;
  at: string;
}

/**
 * Adds an uploaded or recorded greeting whose file is already written.
 *
 * @example
 * const greeting = insertAudioGreeting(db, { id: newId('greet'), name: 'Welcome', source: 'upload',
 *   audio: { file: 'greetings/greet_x-v1.wav', contentType: 'audio/wav', bytes, sha256, durationSeconds: 4 }, at });
 */
export async function insertAudioGreeting(
  db: Connection,
  input: NewAudioGreeting,
): Promise<Greeting> {
  await sqlOf(db).run(
    `INSERT INTO greetings (id, name, source, file, content_type, duration_seconds, bytes, sha256,
       version, created_at, updated_at)
     VALUES (@id, @name, @source, @file, @contentType, @durationSeconds, @bytes, @sha256, 1, @at, @at)`,
    { id: input.id, name: input.name, source: input.source, at: input.at, ...input.audio },
  );
  return (await getGreeting(db, input.id)) as Greeting;
}

/** A text-to-speech greeting, without audio until synthesised. */
export interface NewTtsGreeting {
  id: string;
  name: string;
  text: string;
  voice: string;
  language: string;
  /** 'pending' when a synthesis job was queued, 'unavailable' without a speech engine. */
  synthesisStatus: 'pending' | 'unavailable';
  at: string;
}

/**
 * Adds a text-to-speech greeting at version 1.
 *
 * @example
 * insertTtsGreeting(db, { id, name: 'Closed', text: 'We are closed.', voice: 'en-US-JennyNeural',
 *   language: 'en-US', synthesisStatus: 'pending', at });
 */
export async function insertTtsGreeting(db: Connection, input: NewTtsGreeting): Promise<Greeting> {
  await sqlOf(db).run(
    `INSERT INTO greetings (id, name, source, text, voice, language, synthesis_status, version,
       created_at, updated_at)
     VALUES (@id, @name, 'tts', @text, @voice, @language, @synthesisStatus, 1, @at, @at)`,
    input,
  );
  return (await getGreeting(db, input.id)) as Greeting;
}

/** Renames a greeting; false when it does not exist. */
export async function renameGreeting(
  db: Connection,
  id: string,
  name: string,
  at: string,
): Promise<boolean> {
  return (
    (await sqlOf(db).run('UPDATE greetings SET name = @name, updated_at = @at WHERE id = @id', {
      id,
      name,
      at,
    })) > 0
  );
}

/**
 * Changes what a text-to-speech greeting says: the version moves on and the
 * old synthesised audio is dropped from the row (the caller deletes the file
 * it had, and queues the new synthesis). False when the greeting is not at
 * `version` any more (or is not text-to-speech).
 *
 * @example
 * if (changeGreetingSpeech(db, g.id, g.version, { text, voice, language, synthesisStatus: 'pending' }, at)) { ... }
 */
export async function changeGreetingSpeech(
  db: Connection,
  id: string,
  version: number,
  speech: {
    text: string;
    voice: string;
    language: string;
    synthesisStatus: 'pending' | 'unavailable';
  },
  at: string,
): Promise<boolean> {
  return (
    (await sqlOf(db).run(
      `UPDATE greetings SET text = @text, voice = @voice, language = @language,
         synthesis_status = @synthesisStatus, synthesis_error = NULL, file = NULL, content_type = NULL,
         bytes = NULL, sha256 = NULL, duration_seconds = NULL, version = version + 1, updated_at = @at
       WHERE id = @id AND version = @version AND source = 'tts'`,
      { id, version, at, ...speech },
    )) > 0
  );
}

/**
 * Replaces the audio of a greeting (the new file, named after `version + 1`,
 * is already written): the version moves on. A text-to-speech greeting given
 * a file becomes an upload. False when the greeting is not at `version` any
 * more; the caller then removes the new file and keeps the old.
 *
 * @example
 * if (replaceGreetingAudio(db, g.id, g.version, audio, at)) await rm(join(dataDir, g.file));
 */
export async function replaceGreetingAudio(
  db: Connection,
  id: string,
  version: number,
  audio: GreetingAudio,
  at: string,
): Promise<boolean> {
  return (
    (await sqlOf(db).run(
      `UPDATE greetings SET file = @file, content_type = @contentType, bytes = @bytes, sha256 = @sha256,
         duration_seconds = @durationSeconds, version = version + 1, updated_at = @at,
         source = CASE WHEN source = 'tts' THEN 'upload' ELSE source END,
         synthesis_status = NULL, synthesis_error = NULL
       WHERE id = @id AND version = @version`,
      { id, version, at, ...audio },
    )) > 0
  );
}

/**
 * The synthesised audio of a text-to-speech greeting is stored (by the
 * 'synthesize-greeting' job). Changes nothing, and returns false, when the
 * greeting is gone or its version has moved on (its text changed meanwhile).
 *
 * @example
 * recordGreetingAudio(db, greetingId, version, { file: `greetings/${greetingId}-v${version}.wav`,
 *   contentType: 'audio/wav', bytes, sha256, durationSeconds });
 */
export async function recordGreetingAudio(
  db: Connection,
  id: string,
  version: number,
  audio: GreetingAudio,
): Promise<boolean> {
  return (
    (await sqlOf(db).run(
      `UPDATE greetings SET file = @file, content_type = @contentType, bytes = @bytes, sha256 = @sha256,
         duration_seconds = @durationSeconds,
         synthesis_status = CASE WHEN source = 'tts' THEN 'done' ELSE synthesis_status END,
         synthesis_error = NULL
       WHERE id = @id AND version = @version`,
      { id, version, ...audio },
    )) > 0
  );
}

/**
 * Records how synthesis of a text-to-speech greeting went ('pending' while
 * retried, 'failed' with the reason, 'unavailable' without an engine).
 * Changes nothing, and returns false, when the version has moved on.
 *
 * @example
 * recordGreetingSynthesis(db, greetingId, version, { status: 'failed', error: 'voice not found' });
 */
export async function recordGreetingSynthesis(
  db: Connection,
  id: string,
  version: number,
  synthesis: { status: SynthesisStatus; error?: string | null },
): Promise<boolean> {
  return (
    (await sqlOf(db).run(
      `UPDATE greetings SET synthesis_status = @status, synthesis_error = @error
       WHERE id = @id AND version = @version AND source = 'tts'`,
      { id, version, status: synthesis.status, error: synthesis.error ?? null },
    )) > 0
  );
}

/** Removes a greeting's row (the caller deletes its file); false when it does not exist. */
export async function deleteGreeting(db: Connection, id: string): Promise<boolean> {
  return (await sqlOf(db).run('DELETE FROM greetings WHERE id = ?', [id])) > 0;
}
