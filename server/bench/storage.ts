/**
 * @module
 * What a call costs to keep: database bytes per finished call (the file and
 * its write-ahead log after a checkpoint, so pages in the log are not counted
 * twice or missed) and server memory per call in progress (resident memory
 * before and after ringing many calls that never end).
 */
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ringOnly, type Target } from './calls.js';
import { rssBytes } from './processes.js';

/**
 * The database's size on disk once its write-ahead log is folded back in.
 * The server owns the file; a second connection may checkpoint it (SQLite
 * lets it, waiting for the server's writers for up to 5 s).
 */
export function databaseBytes(file: string): number {
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  return size(file) + size(`${file}-wal`);
}

/**
 * Waits (at most `timeoutMs`) until the server's outbox has nothing due: the
 * texts sent and the recordings copied after the calls. Rows due later (a
 * transcript's 30-minute deadline) do not count. `database` is the SQLite
 * file or a PostgreSQL URL. Answers how long it took, or null when it timed
 * out.
 */
export async function outboxDrained(database: string, timeoutMs: number): Promise<number | null> {
  // not_before is in milliseconds since 1970 (migration 22).
  const query = "SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending' AND not_before <= ";
  let due: (now: number) => Promise<number>;
  let close: () => Promise<void>;
  if (/^postgres(ql)?:/.test(database)) {
    const client = new pg.Client({ connectionString: database });
    await client.connect();
    due = async (now) => Number((await client.query(`${query}$1`, [now])).rows[0].n);
    close = () => client.end();
  } else {
    const db = new Database(database, { readonly: true });
    const statement = db.prepare(`${query}?`);
    due = async (now) => (statement.get(now) as { n: number }).n;
    close = async () => {
      db.close();
    };
  }
  const began = Date.now();
  try {
    while (Date.now() - began < timeoutMs) {
      if ((await due(Date.now())) === 0) return Date.now() - began;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  } finally {
    await close();
  }
}

/** The target's processes' resident memory, summed. */
const residentBytes = (target: Target) => target.pids.reduce((sum, pid) => sum + rssBytes(pid), 0);

export interface LiveCalls {
  calls: number;
  errors: number;
  seconds: number;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  bytesPerLiveCall: number;
  /** Rings answered per second over the first and the second half: a drop means each live call slows the next. */
  firstHalfPerSecond: number;
  secondHalfPerSecond: number;
}

/**
 * Rings `count` calls, `concurrency` at a time, and never ends them; the
 * server's resident memory grows by what it keeps per call in progress.
 */
export async function liveCalls(
  target: Target,
  count: number,
  concurrency = 50,
): Promise<LiveCalls> {
  // Let the collector settle what earlier phases left behind.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssBeforeBytes = residentBytes(target);
  const started = performance.now();
  let next = 0;
  let done = 0;
  let halfway = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        try {
          const status = await ringOnly(target);
          if (status !== 200) errors++;
        } catch {
          errors++;
        }
        if (++done === Math.floor(count / 2)) halfway = performance.now();
      }
    }),
  );
  const ended = performance.now();
  const seconds = (ended - started) / 1000;
  const half = Math.floor(count / 2);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssAfterBytes = residentBytes(target);
  return {
    calls: count,
    errors,
    seconds,
    rssBeforeBytes,
    rssAfterBytes,
    bytesPerLiveCall: (rssAfterBytes - rssBeforeBytes) / count,
    firstHalfPerSecond: half / ((halfway - started) / 1000),
    secondHalfPerSecond: (count - half) / ((ended - halfway) / 1000),
  };
}
