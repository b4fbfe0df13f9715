import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPostgresBin, NOT_INSTALLED, startPostgres, withClient } from './support/postgres.js';

describe('the PostgreSQL test server', () => {
  it('starts, answers queries in a database of its own, and leaves nothing behind when stopped', async () => {
    const server = await startPostgres();
    let stopped = false;
    try {
      expect(existsSync(server.dir)).toBe(true);
      const first = await server.createDatabase();
      const second = await server.createDatabase();
      expect(first).not.toBe(second);
      const answer = await withClient(first, async (client) => {
        await client.query('CREATE TABLE t (n bigint)');
        await client.query('INSERT INTO t VALUES (41)');
        return (
          await client.query<{ n: string; db: string }>(
            'SELECT n + 1 AS n, current_database() AS db FROM t',
          )
        ).rows[0];
      });
      expect(answer).toEqual({ n: '42', db: first.split('/').at(-1) });
      // Each database starts empty.
      const tables = await withClient(second, async (client) => {
        const { rows } = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public'");
        return rows.length;
      });
      expect(tables).toBe(0);
      await server.stop();
      stopped = true;
      expect(existsSync(server.dir)).toBe(false);
      await expect(server.stop()).resolves.toBeUndefined();
      await expect(withClient(first, (client) => client.query('SELECT 1'))).rejects.toThrow(
        /ECONNREFUSED/,
      );
    } finally {
      if (!stopped) await server.stop();
    }
  }, 60_000);

  it('says how to install PostgreSQL when it is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ringflow-no-pg-'));
    try {
      await expect(
        findPostgresBin({ pgConfig: join(empty, 'pg_config'), versions: empty }),
      ).rejects.toThrow(NOT_INSTALLED);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    expect(NOT_INSTALLED).toBe('PostgreSQL is not installed: apt-get install -y postgresql');
  });
});
