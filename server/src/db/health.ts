/**
 * @module
 * The readiness probe's queries: one real write, and how much room SQLite
 * has left before it must answer SQLITE_FULL.
 */
import type { Db } from './database.js';
import { type Connection, sqlOf, transaction } from './sql/connection.js';

/**
 * Writes the `health` row in an IMMEDIATE transaction and commits it: the
 * write lock, the journal and the commit all have to work. Throws what
 * SQLite throws (SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR, SQLITE_BUSY).
 *
 * @example
 * writeHealthRow(db, clock.now().toISOString());
 */
export async function writeHealthRow(db: Connection, at: string): Promise<void> {
  await transaction(db, async (tx) => {
    await tx.run(
      `INSERT INTO health (id, checked_at) VALUES (1, ?)
       ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`,
      [at],
    );
  });
}

/** The schema's version: SQLite's `user_version`, PostgreSQL's latest `schema_migrations` row. */
export async function schemaVersion(db: Connection): Promise<number> {
  const sql = sqlOf(db);
  const row =
    sql.dialect === 'postgres'
      ? await sql.get<{ version: number | null }>(
          'SELECT max(version) AS version FROM schema_migrations',
        )
      : await sql.get<{ version: number }>(
          'SELECT user_version AS version FROM pragma_user_version',
        );
  return row?.version ?? 0;
}

export interface DatabaseRoom {
  pageSize: number;
  /** Pages SQLite may still add to the file before `max_page_count` stops it. */
  pagesLeft: number;
  /** Free pages inside the file, reused before it grows. */
  freePages: number;
}

/**
 * How far the database file may still grow under its own page limit
 * (`PRAGMA max_page_count`), not counting the disk.
 *
 * @example
 * const room = databaseRoom(db);
 * const bytes = (room.pagesLeft + room.freePages) * room.pageSize;
 */
export function databaseRoom(db: Db): DatabaseRoom {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const maxPages = db.pragma('max_page_count', { simple: true }) as number;
  const freePages = db.pragma('freelist_count', { simple: true }) as number;
  return { pageSize, pagesLeft: Math.max(0, maxPages - pageCount), freePages };
}
