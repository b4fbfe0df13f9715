/**
 * A transaction holds one of the pool's connections until it ends: whatever
 * it reads or writes must go through it. A read on another connection of the
 * pool from inside a transaction waits for a free one, and when every
 * connection is held by such a transaction, none is ever freed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../src/db/sql/connection.js';
import { postgresStorage } from '../src/db/sql/postgres.js';
import type { Storage } from '../src/db/sql/sql.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { serverDatabase } from './support/backends.js';

describe('changes made at once on a small PostgreSQL pool', () => {
  const postgres = serverDatabase('postgres');
  let h: ApiHarness<Connection>;
  afterEach(() => h?.close());

  it('completes more simultaneous changes than the pool has connections', async () => {
    h = await apiHarness({ postgres, env: { DATABASE_POOL_SIZE: '2' } });
    const number = await h.send('POST', '/numbers', { number: '+14155550188', name: 'Pool' });
    expect(number.status).toBe(201);
    const id = number.body.id as string;
    const flow = await h.send('POST', '/flows', { name: 'Pool' });
    expect(flow.status).toBe(201);
    const { settings } = (await h.send('GET', `/numbers/${id}/auto-replies`)).body;
    const changes = await Promise.all([
      ...Array.from({ length: 4 }, () => h.send('PUT', `/numbers/${id}/auto-replies`, settings)),
      ...Array.from({ length: 4 }, (_, i) =>
        h.send('POST', `/flows/${flow.body.id}/scenarios`, {
          name: `Scenario ${i}`,
          from: '+14155550123',
          at: '2026-11-30T15:00:00Z',
          events: [],
          expect: { path: ['start'], outcome: 'abandoned', autoReplies: [] },
        }),
      ),
    ]);
    expect(changes.map((c) => c.status)).toEqual([200, 200, 200, 200, 201, 201, 201, 201]);
  }, 30_000);
});

describe('a statement that finds every connection taken', () => {
  const postgres = serverDatabase('postgres');
  let storage: Storage | undefined;
  afterEach(() => storage?.close());

  it('fails after the wait, naming the pool, instead of waiting for ever', async () => {
    storage = postgresStorage({
      url: await (postgres as () => Promise<string>)(),
      poolSize: 1,
      waitForConnectionMs: 200,
    });
    const pool = storage;
    let finish = () => {};
    const held = new Promise<void>((resolve) => {
      finish = resolve;
    });
    // The one connection is held by a transaction that reads outside itself: the hang this prevents.
    const transaction = pool.transaction(async (tx) => {
      await tx.get('SELECT 1 AS one');
      const outside = await pool.get('SELECT 1 AS one').then(
        () => 'answered',
        (error: Error) => error.message,
      );
      await held;
      return outside;
    });
    const reserved = pool.transaction(async () => 'never').catch((error: Error) => error.message);
    expect(await reserved).toMatch(
      /^No PostgreSQL connection within 200 ms: all 1 of this process's connections stayed busy \(DATABASE_POOL_SIZE\)/,
    );
    finish();
    expect(await transaction).toMatch(/^No PostgreSQL connection within 200 ms/);
    // The connection is free again: the pool serves the next statement.
    expect(await pool.get<{ one: number }>('SELECT 1 AS one')).toEqual({ one: 1 });
  });
});

describe('statements prepared once per connection', () => {
  const postgres = serverDatabase('postgres');
  let storage: Storage | undefined;
  afterEach(() => storage?.close());

  it('are named on the connection, and run again after the schema changes under them', async () => {
    const url = await (postgres as () => Promise<string>)();
    // One connection: every statement below meets the one prepared before it.
    storage = postgresStorage({ url, poolSize: 1 });
    const db = storage;
    await db.run('INSERT INTO workspace_settings (key, value, updated_at) VALUES (?, ?, ?)', [
      'k',
      '"v"',
      '2026-12-02T00:00:00Z',
    ]);
    const read = 'SELECT * FROM workspace_settings WHERE key = ?';
    expect(await db.get(read, ['k'])).toMatchObject({ key: 'k', value: '"v"' });
    const names = await db.all<{ statement: string }>(
      "SELECT statement FROM pg_prepared_statements WHERE name LIKE 'rf%'",
    );
    expect(names.map((n) => n.statement)).toContain(
      'SELECT * FROM workspace_settings WHERE key = $1',
    );

    // Another process migrates: the columns of `*` change under the prepared statement.
    const other = postgresStorage({ url });
    try {
      await other.run('ALTER TABLE workspace_settings ADD COLUMN note TEXT');
      expect(await db.get(read, ['k'])).toMatchObject({ key: 'k', note: null });
      await other.run('ALTER TABLE workspace_settings ADD COLUMN note2 TEXT');
      // Inside a transaction the statement fails and the whole transaction runs again.
      let runs = 0;
      const row = await db.transaction(async (tx) => {
        runs++;
        return await tx.get(read, ['k']);
      });
      expect(row).toMatchObject({ key: 'k', note: null, note2: null });
      expect(runs).toBe(2);
    } finally {
      await other.close();
    }
  });
});
