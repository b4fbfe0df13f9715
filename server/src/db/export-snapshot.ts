/**
 * @module
 * The one consistent snapshot an export reads, on either backend, while the
 * server goes on writing: on SQLite a connection of its own to the file, in
 * a read transaction; on PostgreSQL one of the pool's connections, in a
 * `REPEATABLE READ READ ONLY` transaction. Long lists are read a batch at a
 * time (SQLite's `.iterate()`, PostgreSQL's cursors), so a large history is
 * never held in memory whole.
 */
import Database from 'better-sqlite3';
import type { Db } from './database.js';
import { reserveConnection } from './sql/postgres.js';
import type { Sql } from './sql/sql.js';
import { sqliteStorage } from './sql/sqlite.js';
import { sql as prepared } from './statements.js';

/** Where an export reads: the SQLite file, or the PostgreSQL storage the server runs on. */
export type ExportSource = { sqliteFile: string } | { postgres: Sql };

export interface ExportSnapshot {
  /** Statements inside the snapshot, for the storage functions the export shares with the API. */
  readonly sql: Sql;
  /**
   * The rows of `text` (no parameters), read as they are asked for. Stopping
   * early (`break`, `return()`) closes the query.
   */
  rows<R>(text: string): AsyncGenerator<R>;
  /** The schema version the data was written with. */
  schemaVersion(): Promise<number>;
  /** Ends the snapshot and gives its connection back; calling it again does nothing. */
  close(): Promise<void>;
}

/** Rows a PostgreSQL cursor hands over at a time. */
const FETCH_BATCH = 500;

/**
 * Opens the snapshot. Close it when done, whatever happens.
 *
 * @example
 * const snapshot = await openExportSnapshot({ postgres: storage });
 * try {
 *   for await (const call of snapshot.rows<{ id: string }>('SELECT id FROM calls')) ...
 * } finally {
 *   await snapshot.close();
 * }
 */
export function openExportSnapshot(source: ExportSource): Promise<ExportSnapshot> {
  return 'sqliteFile' in source
    ? Promise.resolve(sqliteSnapshot(source.sqliteFile))
    : postgresSnapshot(source.postgres);
}

/**
 * Its own connection (an open iterator would block writes on a shared one),
 * refusing writes, inside a read transaction that fixes the snapshot.
 */
function sqliteSnapshot(file: string): ExportSnapshot {
  const db: Db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('query_only = ON');
    // As the server's own connection: its sorts (small: each ORDER BY rides an index) stay in memory.
    db.pragma('temp_store = MEMORY');
    db.exec('BEGIN');
    // A deferred transaction takes its snapshot at the first read.
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    sql: sqliteStorage(db),
    async *rows<R>(text: string) {
      yield* prepared<[], R>(db, text).iterate();
    },
    async schemaVersion() {
      return db.pragma('user_version', { simple: true }) as number;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

async function postgresSnapshot(storage: Sql): Promise<ExportSnapshot> {
  const reserved = await reserveConnection(storage);
  const { sql } = reserved;
  try {
    await sql.run('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // The snapshot is taken at the transaction's first query, not at BEGIN: now, not when the
    // archive reaches its first table, so what was written before the export began is in it.
    await sql.get('SELECT 1');
  } catch (error) {
    reserved.release(error as Error);
    throw error;
  }
  /** Numbers of the cursors open now: a read inside another's loop gets a name of its own. */
  const cursors = new Set<number>();
  let closing: Promise<void> | undefined;
  return {
    sql,
    async *rows<R>(text: string) {
      let n = 1;
      while (cursors.has(n)) n++;
      cursors.add(n);
      // Few, reused names: the storage keeps one translation per statement text.
      const cursor = `export_rows_${n}`;
      try {
        await sql.run(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${text}`);
        for (;;) {
          const batch = await sql.all<R>(`FETCH ${FETCH_BATCH} FROM ${cursor}`);
          yield* batch;
          if (batch.length < FETCH_BATCH) break;
        }
      } finally {
        // Fails only in a transaction already aborted, whose error is the one to report.
        await sql.run(`CLOSE ${cursor}`).catch(() => undefined);
        cursors.delete(n);
      }
    },
    async schemaVersion() {
      const row = await sql.get<{ version: number }>(
        'SELECT max(version) AS version FROM schema_migrations',
      );
      return row?.version ?? 0;
    },
    close() {
      closing ??= sql.run('COMMIT').then(
        () => reserved.release(),
        // A connection that cannot even end its transaction is not given to the next caller.
        (error: Error) => reserved.release(error),
      );
      return closing;
    },
  };
}
