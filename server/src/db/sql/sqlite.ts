/**
 * @module
 * {@link Storage} on the embedded SQLite database. Statements run
 * synchronously on the one connection (prepared once, `../statements.ts`);
 * their promises are already settled. Transactions go through the
 * connection's commit group (`../commit-group.ts`), so they share COMMITs
 * with the webhooks and never open while another is open.
 */
import type { Statement } from 'better-sqlite3';
import { commitGroup } from '../commit-group.js';
import type { Db } from '../database.js';
import { sql as prepared } from '../statements.js';
import type { Params, Sql, Storage } from './sql.js';

function call<T>(statement: Statement, method: 'get' | 'all' | 'run', params?: Params): T {
  const run = statement[method] as (...args: unknown[]) => T;
  if (params === undefined) return run.call(statement);
  return Array.isArray(params) ? run.apply(statement, params) : run.call(statement, params);
}

class SqliteSql implements Sql {
  readonly dialect = 'sqlite';
  readonly forUpdate = '';
  readonly skipLocked = '';
  private savepoints = 0;

  constructor(
    readonly db: Db,
    private readonly inside: boolean,
  ) {}

  async get<R>(text: string, params?: Params): Promise<R | undefined> {
    await this.afterQueuedWrites();
    return call<R | undefined>(prepared(this.db, text), 'get', params);
  }

  async all<R>(text: string, params?: Params): Promise<R[]> {
    await this.afterQueuedWrites();
    return call<R[]>(prepared(this.db, text), 'all', params);
  }

  async run(text: string, params?: Params): Promise<number> {
    await this.afterQueuedWrites();
    return call<{ changes: number }>(prepared(this.db, text), 'run', params).changes;
  }

  /**
   * Outside a transaction, first lets the commit group commit what is queued:
   * a write that arrived a moment ago waits there for the next turn of the
   * event loop, and a request that arrived after it must see it (a list
   * loaded right after a save). Inside one (or while a group runs) it reads
   * at once.
   */
  private afterQueuedWrites(): Promise<void> | undefined {
    if (this.inside || this.db.inTransaction) return undefined;
    return commitGroup(this.db).queued();
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    // Already in a transaction on this connection (a commit group's piece, or
    // code still on better-sqlite3's own transactions): a savepoint in it, as
    // better-sqlite3 nests. Waiting for a group of its own would never end.
    if (this.inside || this.db.inTransaction) return this.savepoint(work);
    return commitGroup(this.db).run(() => work(new SqliteSql(this.db, true)));
  }

  private async savepoint<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const name = `nested_${++this.savepoints}`;
    this.db.exec(`SAVEPOINT ${name}`);
    try {
      const value = await work(this);
      this.db.exec(`RELEASE ${name}`);
      return value;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw error;
    } finally {
      this.savepoints--;
    }
  }
}

class SqliteStorage extends SqliteSql implements Storage {
  constructor(db: Db) {
    super(db, false);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

const storages = new WeakMap<Db, SqliteStorage>();

/**
 * The storage of an open SQLite connection, one per connection (so its
 * transactions share the connection's commit group).
 *
 * @example
 * const storage = sqliteStorage(openDatabase(':memory:'));
 */
export function sqliteStorage(db: Db): Storage & { readonly db: Db } {
  let storage = storages.get(db);
  if (!storage) {
    storage = new SqliteStorage(db);
    storages.set(db, storage);
  }
  return storage;
}
