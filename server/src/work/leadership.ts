/**
 * @module
 * Which process runs a periodic job (retention, call reconciliation, delayed
 * texts) when several processes share one database. On SQLite there is one
 * process, so it always does. On PostgreSQL each job has a session-level
 * advisory lock: the process whose connection holds it runs the job. When
 * that process dies its connection closes, PostgreSQL frees the lock, and
 * another process takes it on its next tick.
 *
 * Leadership can move while a tick is under way (the leader's connection
 * broke, its tick goes on), so a job must stay correct when two runs overlap
 * now and then: the lock makes that rare, not impossible.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../logger.js';

export interface Leadership {
  /**
   * Whether this process runs `job` now. Takes the job when no process holds
   * it; never waits for another process and never throws.
   */
  leads(job: string): Promise<boolean>;
  /** Gives up every job (another process takes them on its next call) and stops leading. */
  stop(): Promise<void>;
}

/**
 * Leadership on SQLite: the one process that owns the database file runs every job.
 *
 * @example
 * await singleProcess().leads('retention'); // true
 */
export function singleProcess(): Leadership {
  return { leads: async () => true, stop: async () => undefined };
}

/**
 * The advisory lock key of `job`: the first 64 bits of a SHA-256, the same in
 * every process and every version, so that processes being upgraded one by
 * one still agree on who runs what.
 *
 * @example
 * lockKey('retention'); // 6657940031200035928n
 */
export function lockKey(job: string): bigint {
  return createHash('sha256').update(`ringflow:${job}`).digest().readBigInt64BE(0);
}

export interface AdvisoryOptions {
  /** `postgres://user:password@host:5432/database`, the database the processes share. */
  url: string;
  log?: Logger;
  /**
   * How long connecting or one query may take before the connection counts as
   * lost (default 5 s): a tick asks again soon, so answering "not leading"
   * beats hanging on a dead network, or leading on a session the server has
   * already given up.
   */
  timeoutMs?: number;
}

/**
 * Leadership on PostgreSQL, through one connection of its own (advisory locks
 * belong to a session, so not a pooled one), opened on the first call. When
 * that connection fails or ends, this process leads nothing until a later
 * call has opened a new one and taken the lock again; the outage is logged
 * once.
 *
 * @example
 * const leadership = advisoryLeadership({ url: process.env.DATABASE_URL, log });
 * if (await leadership.leads('retention')) await runRetention(deps);
 * // on shutdown:
 * await leadership.stop();
 */
export function advisoryLeadership(options: AdvisoryOptions): Leadership {
  let connection: Promise<pg.Client> | undefined;
  /** The jobs whose lock `connection` holds. */
  const held = new Set<string>();
  let outage = false;
  let stopped = false;

  const lose = (which: Promise<pg.Client>, error: unknown) => {
    if (connection !== which) return; // an earlier connection, already given up
    connection = undefined;
    held.clear();
    // Closing it makes sure PostgreSQL frees whatever locks it might still hold.
    which.then((client) => client.end()).catch(() => undefined);
    if (outage || stopped) return;
    outage = true;
    options.log?.warn('lost the database connection that decides which process runs jobs', {
      error: error instanceof Error ? error.message : String(error),
    });
  };

  const connect = (): Promise<pg.Client> => {
    const client = new pg.Client({
      connectionString: options.url,
      application_name: 'ringflow leadership',
      connectionTimeoutMillis: options.timeoutMs ?? 5_000,
      query_timeout: options.timeoutMs ?? 5_000,
      keepAlive: true,
    });
    const connecting = client.connect().then(() => client);
    // Without a listener an idle connection's error would crash the process.
    client.on('error', (error) => lose(connecting, error));
    client.on('end', () => lose(connecting, new Error('the connection ended')));
    return connecting;
  };

  return {
    async leads(job) {
      if (stopped) return false;
      connection ??= connect();
      const current = connection;
      try {
        const client = await current;
        // A lock already held is not taken again (session locks stack); the query
        // still proves the connection, and so the lock, is alive.
        const { rows } = held.has(job)
          ? await client.query<{ leads: boolean }>('SELECT true AS leads')
          : await client.query<{ leads: boolean }>(
              'SELECT pg_try_advisory_lock($1::bigint) AS leads',
              [lockKey(job).toString()],
            );
        if (connection !== current) return false;
        if (outage) {
          outage = false;
          options.log?.info('the database connection that decides which process runs jobs is back');
        }
        if (rows[0]?.leads) held.add(job);
        return held.has(job);
      } catch (error) {
        lose(current, error);
        return false;
      }
    },

    async stop() {
      stopped = true;
      const current = connection;
      connection = undefined;
      held.clear();
      const client = await current?.catch(() => undefined);
      if (!client) return;
      await client.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/**
 * `tick`, run only when this process leads `job`: what a job's timer calls.
 * Resolves to whether it ran; an error from `tick` reaches the caller as before.
 *
 * @example
 * const tick = whenLeading(leadership, 'call-reconciler', () => reconciler.run());
 * setInterval(tick, RECONCILE_EVERY_MS);
 */
export function whenLeading(
  leadership: Leadership,
  job: string,
  tick: () => unknown,
): () => Promise<boolean> {
  return async () => {
    if (!(await leadership.leads(job))) return false;
    await tick();
    return true;
  };
}
