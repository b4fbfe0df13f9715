/**
 * @module
 * Both storage backends for tests that must hold on each: the embedded SQLite
 * database (in memory) and a real PostgreSQL server (Debian's package, one per
 * test file, a fresh database per use). Each gets the schema the server would.
 *
 * @example
 * describe.each(BACKENDS)('on %s', (kind) => {
 *   const backend = useBackend(kind);
 *   it('…', async () => {
 *     const storage = await backend.fresh();
 *   });
 * });
 */
import { afterAll, beforeAll } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { migratePostgres } from '../../src/db/postgres/migrate.js';
import { postgresStorage } from '../../src/db/sql/postgres.js';
import type { Storage } from '../../src/db/sql/sql.js';
import { sqliteStorage } from '../../src/db/sql/sqlite.js';
import { type PostgresServer, startPostgres, withClient } from './postgres.js';

export const BACKENDS = ['sqlite', 'postgres'] as const;
export type BackendKind = (typeof BACKENDS)[number];

export interface Backend {
  /** A new, empty, migrated database. */
  fresh(): Promise<Storage>;
  /** A new, empty, migrated PostgreSQL database's URL (PostgreSQL only). */
  freshUrl(): Promise<string>;
  /**
   * A second storage on the last fresh database, as a second process would
   * have (PostgreSQL only: SQLite is one process's).
   */
  another(): Storage;
}

/**
 * One PostgreSQL server per test worker, started by the first file that needs
 * it and stopped when the worker exits: starting one per file (initdb, start)
 * cost more than the tests on it. Files never share a database.
 */
let shared: Promise<{ server: PostgresServer; template: string }> | undefined;

function sharedPostgres() {
  shared ??= (async () => {
    const server = await startPostgres();
    // A database migrated once, copied for each fresh one (much faster than migrating again).
    const made = await server.createDatabase();
    await withClient(made, (client) => migratePostgres(client));
    return { server, template: new URL(made).pathname.slice(1) };
  })();
  return shared;
}

/** Starts the backend before the file's tests, closes what they opened after. */
export function useBackend(kind: BackendKind): Backend {
  let url = '';
  const opened: Storage[] = [];
  beforeAll(async () => {
    if (kind === 'postgres') await sharedPostgres();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
  }, 60_000);
  return {
    async fresh() {
      if (kind === 'sqlite') {
        const storage = sqliteStorage(openDatabase(':memory:'));
        opened.push(storage);
        return storage;
      }
      url = await this.freshUrl();
      const storage = postgresStorage({ url });
      opened.push(storage);
      return storage;
    },
    async freshUrl() {
      if (kind !== 'postgres') throw new Error('Only PostgreSQL has databases to make');
      const { server, template } = await sharedPostgres();
      return server.createDatabase({ template });
    },
    another() {
      if (kind !== 'postgres') throw new Error('Only PostgreSQL is shared by several processes');
      const storage = postgresStorage({ url });
      opened.push(storage);
      return storage;
    },
  };
}

/**
 * For `startTestServer({ postgres })`: on PostgreSQL, makes a fresh migrated
 * database for each test server of the file and gives its URL; on SQLite,
 * undefined (the server keeps its data directory's file).
 *
 * @example
 * describe.each(BACKENDS)('on %s', (kind) => {
 *   const postgres = serverDatabase(kind);
 *   beforeEach(async () => { server = await startTestServer({ postgres }); });
 * });
 */
export function serverDatabase(kind: BackendKind): (() => Promise<string>) | undefined {
  if (kind === 'sqlite') return undefined;
  const backend = useBackend(kind);
  return () => backend.freshUrl();
}
