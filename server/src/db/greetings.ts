/**
 * @module
 * The greetings library (uploaded, recorded or synthesised audio). Read-only
 * for now: flows refer to greetings by id, so validation needs the ids.
 */
import type { Db } from './database.js';
import { sql } from './statements.js';

export interface Greeting {
  id: string;
  name: string;
  source: 'upload' | 'recording' | 'tts';
  file: string | null;
  contentType: string | null;
  durationSeconds: number | null;
  text: string | null;
  createdAt: string;
}

const COLUMNS = `id, name, source, file, content_type AS contentType, duration_seconds AS durationSeconds,
  text, created_at AS createdAt FROM greetings`;

export function listGreetings(db: Db): Greeting[] {
  return sql<[], Greeting>(db, `SELECT ${COLUMNS} ORDER BY name COLLATE NOCASE, id`).all();
}

export function getGreeting(db: Db, id: string): Greeting | undefined {
  return sql<[string], Greeting>(db, `SELECT ${COLUMNS} WHERE id = ?`).get(id);
}
