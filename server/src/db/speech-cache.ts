/**
 * @module
 * Synthesised speech kept once made, by what was said and how: the key is
 * the sha256 of text, voice, language and format (see `speechCacheKey`), the
 * audio a file under `<data dir>/speech/`. The webhook path only looks up a
 * key here; synthesis itself is an outbox job.
 */
import { createHash } from 'node:crypto';
import { type Connection, sqlOf } from './sql/connection.js';

export interface SpeechCacheEntry {
  key: string;
  text: string;
  /** The voice the prompt named; '' for the engine's default voice of the language. */
  voice: string;
  language: string;
  format: string;
  /** Relative to the data directory, e.g. speech/<key>.wav. */
  file: string;
  contentType: string;
  bytes: number;
  durationSeconds: number | null;
  createdAt: string;
}

/**
 * @example
 * speechCacheKey({ text: 'Hello', voice: '', language: 'en-US' }, 'riff-8khz-16bit-mono-pcm'); // 64 hex digits
 */
export function speechCacheKey(
  prompt: { text: string; voice: string; language: string },
  format: string,
): string {
  // NUL-separated, so "a" + "bc" and "ab" + "c" are different keys.
  return createHash('sha256')
    .update([prompt.text, prompt.voice, prompt.language, format].join('\u0000'))
    .digest('hex');
}

export async function getSpeechCache(
  db: Connection,
  key: string,
): Promise<SpeechCacheEntry | undefined> {
  return await sqlOf(db).get<SpeechCacheEntry>(
    `SELECT key, text, voice, language, format, file, content_type AS contentType, bytes,
       duration_seconds AS durationSeconds, created_at AS createdAt
     FROM speech_cache WHERE key = ?`,
    [key],
  );
}

/** Keeps (or replaces) the entry of a file already written. */
export async function putSpeechCache(db: Connection, entry: SpeechCacheEntry): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO speech_cache (key, text, voice, language, format, file, content_type, bytes,
       duration_seconds, created_at)
     VALUES (@key, @text, @voice, @language, @format, @file, @contentType, @bytes, @durationSeconds, @createdAt)
     ON CONFLICT (key) DO UPDATE SET file = excluded.file, content_type = excluded.content_type,
       bytes = excluded.bytes, duration_seconds = excluded.duration_seconds, created_at = excluded.created_at`,
    entry,
  );
}
