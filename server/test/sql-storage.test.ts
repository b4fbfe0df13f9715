import { describe, expect, it } from 'vitest';
import type { Sql } from '../src/db/sql/sql.js';
import { BACKENDS, useBackend } from './support/backends.js';

const insertThrottle = (sql: Sql, key: string, failures = 1) =>
  sql.run(
    `INSERT INTO login_throttles (key, failures, last_failure_at) VALUES (@key, @failures, @at)`,
    { key, failures, at: '2026-12-02T09:00:00.000Z' },
  );

const failuresOf = async (sql: Sql, key: string) =>
  (await sql.get<{ failures: number }>('SELECT failures FROM login_throttles WHERE key = ?', [key]))
    ?.failures;

describe.each(BACKENDS)('storage on %s', (kind) => {
  const backend = useBackend(kind);

  it('reads rows with their camelCase keys, counts as numbers, and says how many rows changed', async () => {
    const storage = await backend.fresh();
    await insertThrottle(storage, 'account:ann@example.com', 3);
    await insertThrottle(storage, 'address:10.0.0.1');
    expect(
      await storage.get(
        'SELECT key, last_failure_at AS lastFailureAt FROM login_throttles WHERE key = ?',
        ['address:10.0.0.1'],
      ),
    ).toEqual({ key: 'address:10.0.0.1', lastFailureAt: '2026-12-02T09:00:00.000Z' });
    expect(
      await storage.get('SELECT count(*) AS n, sum(failures) AS total FROM login_throttles'),
    ).toEqual({
      n: 2,
      total: 4,
    });
    expect(await storage.run('UPDATE login_throttles SET failures = failures + 1')).toBe(2);
    expect(await storage.all('SELECT key FROM login_throttles ORDER BY key')).toEqual([
      { key: 'account:ann@example.com' },
      { key: 'address:10.0.0.1' },
    ]);
    expect(
      await storage.get('SELECT key FROM login_throttles WHERE key = ?', ['none']),
    ).toBeUndefined();
  });

  it('keeps bytes as bytes and returns what an INSERT made', async () => {
    const storage = await backend.fresh();
    const first = await storage.get<{ id: number }>(
      `INSERT INTO audit_log (at, action, subject) VALUES ('2026-12-02', 'flow.publish', 'f1') RETURNING id`,
    );
    expect(first).toEqual({ id: 1 });
    await storage.run(
      `CREATE TABLE blobs (id integer PRIMARY KEY, data ${kind === 'postgres' ? 'bytea' : 'BLOB'})`,
    );
    const packed = Buffer.from([2, 0, 255, 7]);
    await storage.run('INSERT INTO blobs (id, data) VALUES (?, ?)', [1, packed]);
    const row = await storage.get<{ data: Buffer }>('SELECT data FROM blobs WHERE id = 1');
    expect(Buffer.isBuffer(row?.data)).toBe(true);
    expect(row?.data.equals(packed)).toBe(true);
  });

  it('commits a transaction whole, and rolls one back whole when it throws', async () => {
    const storage = await backend.fresh();
    await storage.transaction(async (tx) => {
      await insertThrottle(tx, 'a');
      await insertThrottle(tx, 'b');
    });
    await expect(
      storage.transaction(async (tx) => {
        await insertThrottle(tx, 'c');
        await insertThrottle(tx, 'a'); // the key is taken
      }),
    ).rejects.toThrow();
    expect(await storage.all('SELECT key FROM login_throttles ORDER BY key')).toEqual([
      { key: 'a' },
      { key: 'b' },
    ]);
  });

  it('rolls back a nested transaction alone, keeping the outer one’s writes', async () => {
    const storage = await backend.fresh();
    const outcome = await storage.transaction(async (tx) => {
      await insertThrottle(tx, 'kept');
      const inner = await tx
        .transaction(async (nested) => {
          await insertThrottle(nested, 'dropped');
          throw new Error('changed my mind');
        })
        .catch((error: Error) => error.message);
      await tx.run('UPDATE login_throttles SET failures = 5 WHERE key = ?', ['kept']);
      return inner;
    });
    expect(outcome).toBe('changed my mind');
    expect(await storage.all('SELECT key, failures FROM login_throttles')).toEqual([
      { key: 'kept', failures: 5 },
    ]);
  });

  it('runs transactions that arrive together one after the other, each seeing the last', async () => {
    const storage = await backend.fresh();
    await insertThrottle(storage, 'counter', 0);
    const bump = () =>
      storage.transaction(async (tx) => {
        const now = await tx.get<{ failures: number }>(
          `SELECT failures FROM login_throttles WHERE key = ?${tx.forUpdate}`,
          ['counter'],
        );
        await tx.run('UPDATE login_throttles SET failures = ? WHERE key = ?', [
          (now?.failures ?? 0) + 1,
          'counter',
        ]);
      });
    await Promise.all(Array.from({ length: 20 }, bump));
    expect(await failuresOf(storage, 'counter')).toBe(20);
  });
});

describe('storage on PostgreSQL shared by two processes', () => {
  const backend = useBackend('postgres');

  it('serialises two processes changing one row: neither write is lost', async () => {
    const first = await backend.fresh();
    const second = backend.another();
    await insertThrottle(first, 'counter', 0);
    const bump = (storage: Sql) =>
      storage.transaction(async (tx) => {
        const now = await tx.get<{ failures: number }>(
          `SELECT failures FROM login_throttles WHERE key = ?${tx.forUpdate}`,
          ['counter'],
        );
        await tx.run('UPDATE login_throttles SET failures = ? WHERE key = ?', [
          (now?.failures ?? 0) + 1,
          'counter',
        ]);
      });
    await Promise.all(Array.from({ length: 30 }, (_, i) => bump(i % 2 ? first : second)));
    expect(await failuresOf(first, 'counter')).toBe(30);
  });

  it('runs a transaction again when PostgreSQL ends it in a deadlock with another process', async () => {
    const first = await backend.fresh();
    const second = backend.another();
    await insertThrottle(first, 'a');
    await insertThrottle(first, 'b');
    // Each holds one row and waits for the other's: PostgreSQL aborts one of the two.
    let bothHold: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      let count = 0;
      bothHold = () => {
        if (++count === 2) resolve();
      };
    });
    const attempts = { a: 0, b: 0 };
    const lockBoth = (storage: Sql, mine: 'a' | 'b', theirs: 'a' | 'b') =>
      storage.transaction(async (tx) => {
        attempts[mine]++;
        await tx.run(`SET LOCAL deadlock_timeout = '20ms'`);
        await tx.run('UPDATE login_throttles SET failures = failures + 1 WHERE key = ?', [mine]);
        if (attempts[mine] === 1) {
          bothHold();
          await holding;
        }
        await tx.run('UPDATE login_throttles SET failures = failures + 1 WHERE key = ?', [theirs]);
      });
    await Promise.all([lockBoth(first, 'a', 'b'), lockBoth(second, 'b', 'a')]);
    expect(attempts.a + attempts.b).toBe(3);
    expect(await failuresOf(first, 'a')).toBe(3);
    expect(await failuresOf(first, 'b')).toBe(3);
  });
});
