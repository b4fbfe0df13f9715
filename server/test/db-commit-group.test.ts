import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from '../src/db/checkpointer.js';
import { CommitGroup } from '../src/db/commit-group.js';
import { newId } from '../src/ids.js';
import { tempDatabase } from './api-harness.js';

let store: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  store = tempDatabase();
  store.db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT)');
});
afterEach(() => store.close());

/** A second connection: it sees only what is committed. */
const committed = () => {
  const other = new Database(join(store.dir, 'ringflow.db'), { readonly: true });
  try {
    return (other.prepare('SELECT n FROM t ORDER BY n').all() as { n: number }[]).map((r) => r.n);
  } finally {
    other.close();
  }
};
const insert = (n: number) => () => store.db.prepare('INSERT INTO t (n) VALUES (?)').run(n);

describe('a commit group', () => {
  it('commits the work of callers that came together in one transaction, before any is answered', async () => {
    const group = new CommitGroup(store.db);
    const seen: number[][] = [];
    const answers = [1, 2, 3].map((n) => group.run(insert(n)).then(() => seen.push(committed())));
    expect(committed()).toEqual([]);
    await Promise.all(answers);
    // Every caller, when answered, found its own row (and the others') already committed.
    expect(seen).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(store.db.inTransaction).toBe(false);
  });

  it('rolls back only the work that throws, and gives its caller the error', async () => {
    const group = new CommitGroup(store.db);
    const results = await Promise.allSettled([
      group.run(insert(1)),
      group.run(() => {
        insert(2)();
        throw new Error('step failed');
      }),
      group.run(() => {
        insert(3)();
        return 'third';
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('step failed');
    expect((results[2] as PromiseFulfilledResult<string>).value).toBe('third');
    expect(committed()).toEqual([1, 3]);
  });

  it('lets each piece see the writes of the pieces before it, in arrival order', async () => {
    const group = new CommitGroup(store.db);
    const count = () => (store.db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;
    const counts = await Promise.all(
      [1, 2, 3].map((n) =>
        group.run(() => {
          insert(n)();
          return count();
        }),
      ),
    );
    expect(counts).toEqual([1, 2, 3]);
  });

  it('fails every caller and stores nothing when the COMMIT fails', async () => {
    const group = new CommitGroup(store.db);
    // A deferred foreign key is checked at COMMIT: the whole group's COMMIT fails.
    store.db.exec(
      'CREATE TABLE child (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES t (n) DEFERRABLE INITIALLY DEFERRED)',
    );
    const results = await Promise.allSettled([
      group.run(insert(1)),
      group.run(() => store.db.prepare('INSERT INTO child (parent) VALUES (99)').run()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(committed()).toEqual([]);
    expect(store.db.inTransaction).toBe(false);
    // The connection is usable again for the next group.
    await group.run(insert(5));
    expect(committed()).toEqual([5]);
  });
});

describe('the checkpoint thread', () => {
  it('takes WAL checkpoints off the main connection and copies the log back into the file', async () => {
    const file = join(store.dir, 'ringflow.db');
    const problems: string[] = [];
    const checkpoints = startCheckpointer(store.db, (m) => problems.push(m), 60_000);
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    const add = store.db.prepare('INSERT INTO t (v) VALUES (?)');
    for (let i = 0; i < 2000; i++) add.run('x'.repeat(1000));
    // The main connection checkpointed nothing: the rows are only in the WAL.
    expect(statSync(file).size).toBe(before);
    await checkpoints.stop();
    expect(statSync(file).size).toBeGreaterThan(before + 2000 * 1000);
    expect(problems).toEqual([]);
  });

  it('gives checkpoints back to the main connection, saying so, when the thread cannot run', async () => {
    // A connection to a file the thread cannot open (it was removed from under it).
    const gone = join(store.dir, 'gone.db');
    const db = new Database(gone);
    db.pragma('journal_mode = WAL');
    rmSync(gone);
    const problem = new Promise<string>((resolve) => {
      startCheckpointer(db, resolve);
    });
    expect(await problem).toMatch(/WAL checkpoints are back on the main thread/);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
  });

  it('starts nothing for a database in memory', async () => {
    const memory = new Database(':memory:');
    await startCheckpointer(memory, () => undefined).stop();
    expect(memory.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    memory.close();
  });
});

describe('ids', () => {
  it('sort by the time they were made, and never repeat', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 - 2 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        (t, later) => {
          const a = newId('call', t);
          const b = newId('call', Math.min(t + later, 2 ** 48 - 1));
          expect(a < b).toBe(true);
          expect(a).toMatch(/^call_[-0-9A-Z_a-z]{22}$/);
        },
      ),
    );
    const many = new Set(Array.from({ length: 10_000 }, () => newId('msg', 0)));
    expect(many.size).toBe(10_000);
  });
});
