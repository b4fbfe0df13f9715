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

/** Starts the backend before the file's tests, closes what they opened after. */
export function useBackend(kind: BackendKind): Backend {
  let server: PostgresServer | undefined;
  let url = '';
  const opened: Storage[] = [];
  beforeAll(async () => {
    if (kind === 'postgres') server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close().catch(() => undefined)));
    await server?.stop();
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
      if (!server) throw new Error('Only PostgreSQL has databases to make');
      const made = await server.createDatabase();
      await withClient(made, (client) => migratePostgres(client));
      return made;
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
