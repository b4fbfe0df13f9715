import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

const cache = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, compiled once per database connection and reused. */
export function sql<P extends unknown[] | object = unknown[], R = unknown>(
  db: Db,
  text: string,
): Statement<P, R> {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let statement = byText.get(text);
  if (!statement) {
    statement = db.prepare(text);
    byText.set(text, statement);
  }
  return statement as unknown as Statement<P, R>;
}

/** JSON text from a column, or null. */
export function parseJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
