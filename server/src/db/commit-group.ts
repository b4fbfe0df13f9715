/**
 * @module
 * Group commit for the webhook path. A webhook in a transaction of its own
 * paid for a whole COMMIT (the file locks taken and dropped, every page it
 * touched written to the WAL): the largest single cost of a webhook. Here the
 * webhooks that arrive together share one. Each one's work is queued; once
 * the event loop has taken in what is ready (`setImmediate`), all of it runs
 * in one IMMEDIATE transaction, each piece in a savepoint of its own, then one
 * COMMIT.
 *
 * What each caller sees is what a transaction of its own gave it:
 * - its promise settles only after the COMMIT: nothing is answered before it is
 *   stored, so the crash and retry guarantees hold as before;
 * - a piece that throws is rolled back alone (its savepoint) and its caller
 *   gets the error; the others commit;
 * - pieces run one after the other in arrival order, each seeing the writes
 *   of those before it, as separate transactions would have in that order.
 *
 * A lone webhook waits only for the rest of the current turn of the event loop;
 * under load the groups grow on their own, and so does the saving.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

interface Queued {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export class CommitGroup {
  private queue: Queued[] = [];
  /** A group is open and waiting on a piece that returned a promise: the next one starts after it. */
  private flushing = false;

  constructor(private readonly db: Db) {}

  /**
   * Runs `work` (on this connection) in the next group; settles once the
   * group is committed. `work` may return a promise (storage code written for
   * either backend awaits its statements, which SQLite has already answered):
   * the group waits for it before the next piece. It must not wait on
   * anything but the database: the write lock is held meanwhile.
   *
   * @example
   * const response = await commitGroup(db).run(() => stepTheCall(db));
   */
  run<T>(work: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const queued = { work, resolve: resolve as (value: unknown) => void, reject };
      if (this.queue.push(queued) === 1 && !this.flushing) setImmediate(() => this.flush());
    });
  }

  /**
   * Settles once the work queued so far is committed (or failed); undefined
   * when nothing waits, or while a group runs: a read from inside a piece
   * must not wait for its own group. A read outside every transaction waits
   * here so that it sees the writes of requests that arrived before it, as it
   * did when each write committed at once.
   *
   * @example
   * await commitGroup(db).queued();
   * const flows = listFlows(db);
   */
  queued(): Promise<void> | undefined {
    if (this.flushing || this.queue.length === 0) return undefined;
    return new Promise<void>((resolve) => {
      this.queue.push({ work: () => undefined, resolve: () => resolve(), reject: () => resolve() });
    });
  }

  private flush(): void {
    const group = this.queue;
    this.queue = [];
    this.flushing = true;
    void this.commit(group).finally(() => {
      this.flushing = false;
      if (this.queue.length > 0) setImmediate(() => this.flush());
    });
  }

  /** Runs synchronously to the end when no piece returns a promise, as a group of plain statements. */
  private async commit(group: Queued[]): Promise<void> {
    const { db } = this;
    const marks = savepoints(db);
    const outcomes: Outcome[] = [];
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const queued of group) {
        marks.begin.run();
        try {
          let value = queued.work();
          if (isThenable(value)) value = await value;
          outcomes.push({ ok: true, value });
          marks.release.run();
        } catch (error) {
          outcomes.push({ ok: false, error });
          // A disk full or I/O error makes SQLite roll the whole transaction back.
          if (!db.inTransaction) throw lastError(outcomes);
          marks.rollback.run();
          marks.release.run();
        }
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      // Nothing of the group is stored: every caller hears of it, as it would of its own COMMIT.
      for (const queued of group) queued.reject(error);
      return;
    }
    group.forEach((queued, i) => {
      const outcome = outcomes[i] as Outcome;
      if (outcome.ok) queued.resolve(outcome.value);
      else queued.reject(outcome.error);
    });
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** Each piece's savepoint, prepared once per connection. */
function savepoints(db: Db) {
  let marks = prepared.get(db);
  if (!marks) {
    marks = {
      begin: db.prepare('SAVEPOINT piece'),
      release: db.prepare('RELEASE piece'),
      rollback: db.prepare('ROLLBACK TO piece'),
    };
    prepared.set(db, marks);
  }
  return marks;
}

const prepared = new WeakMap<Db, { begin: Statement; release: Statement; rollback: Statement }>();

/** What ended a transaction that SQLite rolled back under a piece of work. */
function lastError(outcomes: Outcome[]): unknown {
  const last = outcomes[outcomes.length - 1];
  return last && !last.ok ? last.error : new Error('SQLite rolled the transaction back');
}

const groups = new WeakMap<Db, CommitGroup>();

/** The one commit group of a connection. */
export function commitGroup(db: Db): CommitGroup {
  let group = groups.get(db);
  if (!group) {
    group = new CommitGroup(db);
    groups.set(db, group);
  }
  return group;
}
