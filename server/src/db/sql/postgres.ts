/**
 * @module
 * {@link Storage} on PostgreSQL, for several Ringflow processes sharing one
 * database. Statements are SQLite's text translated once (`./translate.ts`);
 * a transaction holds one pooled connection from BEGIN to COMMIT and is run
 * again, a bounded number of times, when PostgreSQL aborts it for a conflict
 * with another process.
 */
import pg from 'pg';
import type { Params, Sql, Storage } from './sql.js';
import { bind, type Translated, translate } from './translate.js';

/**
 * Serialization failure and deadlock: the transaction did nothing and may run
 * again. A unique violation too: work that looked before inserting (a call's
 * first webhook retried to two processes at once) finds the other's row when
 * it runs again; a true duplicate fails the same way each time.
 */
const RETRYABLE = new Set(['40001', '40P01', '23505']);
const ATTEMPTS = 5;

/**
 * Counts, ids and instants are `bigint` columns; they come back as numbers,
 * as SQLite gives them (instants in milliseconds are far below 2^53).
 */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const translations = new Map<string, Translated>();

function translated(text: string): Translated {
  let found = translations.get(text);
  if (!found) {
    found = translate(text);
    translations.set(text, found);
  }
  return found;
}

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Each statement is prepared once per connection under a name, so PostgreSQL
 * does not parse and plan it again at every use (35–47% of PostgreSQL's CPU
 * per webhook at 50 callers in `pnpm bench`, docs/performance.md). A prepared
 * statement whose result columns change under it (another process migrated
 * the schema) fails with "cached plan must not change result type"; then
 * every name changes, so that each connection prepares its statements afresh,
 * and the work runs again.
 */
let generation = 0;
const numbers = new Map<Translated, number>();

function prepared(statement: Translated, params: Params | undefined): pg.QueryConfig {
  let n = numbers.get(statement);
  if (n === undefined) {
    n = numbers.size + 1;
    numbers.set(statement, n);
  }
  return { name: `rf${n}_${generation}`, text: statement.text, values: bind(statement, params) };
}

/** A statement prepared before the columns it returns changed (see above). */
function stalePlan(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === '0A000' && /cached plan must not change result type/.test(message ?? '');
}

/**
 * node-postgres says "timeout exceeded when trying to connect" also when no
 * connection of the pool came free in time: told in words an operator can act on.
 */
function named(error: unknown, pool: pg.Pool): unknown {
  if (!(error instanceof Error) || error.message !== 'timeout exceeded when trying to connect')
    return error;
  const { max, connectionTimeoutMillis } = pool.options;
  return new Error(
    `No PostgreSQL connection within ${connectionTimeoutMillis} ms: all ${max} of this process's connections stayed busy (DATABASE_POOL_SIZE), or PostgreSQL did not answer`,
    { cause: error },
  );
}

/** A connection of the pool, or the reason there was none in time. */
async function connect(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    throw named(error, pool);
  }
}

class PostgresSql implements Sql {
  readonly dialect = 'postgres';
  readonly forUpdate = ' FOR UPDATE';
  readonly skipLocked = ' FOR UPDATE SKIP LOCKED';
  private savepoints = 0;

  constructor(
    protected readonly on: Queryable,
    private readonly inside: boolean,
  ) {}

  protected async query<R>(
    text: string,
    params?: Params,
  ): Promise<pg.QueryResult<R & pg.QueryResultRow>> {
    const statement = translated(text);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.on.query<R & pg.QueryResultRow>(prepared(statement, params));
      } catch (error) {
        const stale = stalePlan(error);
        if (stale) generation++;
        // In a transaction the error aborted it; a stale plan runs it again from its start (`outermost`).
        if (this.inside) throw error;
        // Outside one the pool lent a connection for the statement: there may have been none free.
        if (!stale || attempt >= ATTEMPTS) throw named(error, this.on as pg.Pool);
      }
    }
  }

  async get<R>(text: string, params?: Params): Promise<R | undefined> {
    return (await this.query<R>(text, params)).rows[0];
  }

  async all<R>(text: string, params?: Params): Promise<R[]> {
    return (await this.query<R>(text, params)).rows;
  }

  async run(text: string, params?: Params): Promise<number> {
    return (await this.query(text, params)).rowCount ?? 0;
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.inside ? this.savepoint(work) : this.outermost(work);
  }

  private async outermost<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await connect(this.on as pg.Pool);
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await work(new PostgresSql(client, true));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        // A connection that cannot even roll back is not given to the next caller.
        await client.query('ROLLBACK').catch((e: Error) => {
          broken = e;
        });
        const code = (error as { code?: string }).code;
        const again = (code && RETRYABLE.has(code)) || stalePlan(error);
        if (!again || attempt >= ATTEMPTS) throw error;
      } finally {
        client.release(broken);
      }
    }
  }

  private async savepoint<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const name = `nested_${++this.savepoints}`;
    await this.on.query(`SAVEPOINT ${name}`);
    try {
      const value = await work(this);
      await this.on.query(`RELEASE SAVEPOINT ${name}`);
      return value;
    } catch (error) {
      await this.on.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw error;
    } finally {
      this.savepoints--;
    }
  }
}

class PostgresStorage extends PostgresSql implements Storage {
  constructor(private readonly pool: pg.Pool) {
    super(pool, false);
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  async reserve(): Promise<ReservedConnection> {
    const client = await connect(this.pool);
    let released = false;
    return {
      sql: new PostgresSql(client, true),
      release(broken) {
        if (released) return;
        released = true;
        client.release(broken);
      },
    };
  }
}

/** One of a pool's connections, kept by its caller until `release()`. */
export interface ReservedConnection {
  /** Statements on this connection alone (`transaction` makes savepoints). */
  sql: Sql;
  /** Gives the connection back; with an error, the pool closes it instead. Once only. */
  release(broken?: Error): void;
}

/**
 * Takes one connection of a PostgreSQL storage's pool for work that spans
 * many statements outside {@link Sql.transaction}, such as a long read in a
 * snapshot of its own (the export). The pool has one connection fewer
 * until it is released.
 *
 * @example
 * const reserved = await reserveConnection(storage);
 * try {
 *   await reserved.sql.run('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
 *   ...
 * } finally {
 *   reserved.release();
 * }
 */
export async function reserveConnection(storage: Sql): Promise<ReservedConnection> {
  if (!(storage instanceof PostgresStorage)) {
    throw new Error('reserveConnection takes the PostgreSQL storage itself, not a transaction');
  }
  return storage.reserve();
}

export interface PostgresOptions {
  /** `postgres://user:password@host:5432/database` */
  url: string;
  /** Connections this process keeps open at most (node-postgres' default is 10). */
  poolSize?: number;
  /** How long a statement waits for a free connection before it fails (default 10 s). */
  waitForConnectionMs?: number;
}

/**
 * A statement that finds every connection taken waits at most this long, then
 * fails. node-postgres waits for ever by default: a leak or a read outside its
 * transaction would then hang a webhook until Twilio gave up on it (15 s) and
 * played its own error. Failing first lets the webhook answer its apology and
 * the log name the cause.
 */
const WAIT_FOR_CONNECTION_MS = 10_000;

/**
 * A storage on the database at `url`; connects on first use. The schema is
 * brought up to date separately (`../postgres/migrate.ts`).
 *
 * @example
 * const storage = postgresStorage({ url: process.env.DATABASE_URL });
 * await storage.get<{ n: number }>('SELECT count(*) AS n FROM calls');
 */
export function postgresStorage(options: PostgresOptions): Storage {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types: TYPES,
    connectionTimeoutMillis: options.waitForConnectionMs ?? WAIT_FOR_CONNECTION_MS,
  });
  // An idle connection the server dropped is an event, not a crash: the pool opens another.
  pool.on('error', () => undefined);
  return new PostgresStorage(pool);
}
