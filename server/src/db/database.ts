import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite database file in WAL mode and brings
 * its schema up to date. `:memory:` works for tests that need no file.
 *
 * @example
 * const db = openDatabase(join(dataDir, 'ringflow.db'));
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL is durable in WAL mode except for the last commits on power loss, never corrupting.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // A savepoint's journal past 64 KB (a busy commit group) and large sorts stay in memory instead of
  // files in /var/tmp: no call's data leaves the data directory, and a read-only root file system
  // cannot fail a webhook. Retention and the API work in batches, so what is held stays small.
  db.pragma('temp_store = MEMORY');
  // Another process (a second server, the CLI) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
