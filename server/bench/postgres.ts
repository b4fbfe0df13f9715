/**
 * @module
 * The PostgreSQL rows of `pnpm bench`: a throwaway PostgreSQL server
 * (Debian's package, started as the tests start it), the production server
 * on a fresh database in it as one process and as two sharing the database
 * and the data directory, driven by the same callers as SQLite's rows. The
 * bare app is measured again just before each caller count, so each row's
 * ratio compares like with like on a machine whose load moves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBin, startPostgres, withClient } from '../test/support/postgres.js';
import { playCalls, type Target, type Throughput } from './calls.js';
import { freePort, parentPid, type Running, startProcess, treeCpuMs } from './processes.js';
import { outboxDrained } from './storage.js';

export interface PostgresRows {
  /** Why there are no rows, when there are none. */
  skipped?: string;
  /** PostgreSQL's version, as `SHOW server_version` says it. */
  version?: string;
  /** How the Ringflow processes ran. */
  command?: string;
  rows: { target: string; run: Throughput }[];
}

export interface PostgresBench {
  /** The production server: its arguments under this Node, and how the table names them. */
  how: { args: string[]; command: string };
  /** Node's options before the server's arguments (`--cpu-prof …` with `--profile`). */
  profile: string[];
  /** Each process's environment (Twilio, the owner account); the bench adds port and database. */
  env: Record<string, string>;
  bare: Target;
  /** What the callers need besides the processes' addresses. */
  call: Pick<Target, 'authToken' | 'to' | 'recordingUrl'>;
  callers: number[];
  seconds: number;
  warmSeconds: number;
  step(line: string): void;
}

/**
 * Runs the PostgreSQL rows, or answers why it could not start PostgreSQL
 * (not installed, or it failed to start): the rest of the bench goes on
 * without them. A Ringflow process that fails on PostgreSQL is an error.
 *
 * @example
 * const pg = await postgresRows({ how, env, bare, call, callers: [10, 50], seconds: 15, warmSeconds: 3, step });
 * if (pg.skipped) console.log(pg.skipped);
 */
export async function postgresRows(bench: PostgresBench): Promise<PostgresRows> {
  const skipped = (why: unknown) => ({
    skipped: `PostgreSQL rows skipped: ${why instanceof Error ? why.message.split('\n')[0] : String(why)}`,
    rows: [],
  });
  try {
    await findPostgresBin();
  } catch (error) {
    return skipped(error);
  }
  bench.step('PostgreSQL: starting a server...');
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  try {
    pg = await startPostgres();
  } catch (error) {
    return skipped(error);
  }
  // One directory for both processes: recordings are files there, shared as docs/scaling.md asks.
  const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-bench-pg-'));
  const processes: Running[] = [];
  try {
    const database = await pg.createDatabase();
    // Backends are the postmaster's children: their CPU is read through it.
    const { version, postmaster } = await withClient(database, async (c) => {
      const backend = (await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      const shown = (await c.query('SHOW server_version')).rows[0].server_version as string;
      return { version: shown.split(' ')[0] as string, postmaster: parentPid(backend) };
    });
    const ports = [await freePort(), await freePort()];
    // The address Twilio would call (a load balancer's); signatures cover it, so both share it.
    const publicUrl = `http://127.0.0.1:${ports[0]}`;
    const command = `${bench.how.command}, DATABASE_URL=postgres://…`;
    bench.step(`PostgreSQL ${version} up; starting 2 Ringflow processes on a fresh database...`);
    // Together, as a deployment starts them: one migrates and seeds the demo, the other waits for it.
    const started = await Promise.allSettled(
      ports.map((port) =>
        startProcess(
          [...bench.profile, ...bench.how.args, '--demo'],
          {
            ...bench.env,
            DATABASE_URL: database,
            RINGFLOW_DATA_DIR: dataDir,
            PORT: String(port),
            HOST: '127.0.0.1',
            PUBLIC_BASE_URL: publicUrl,
          },
          command,
        ),
      ),
    );
    for (const s of started) if (s.status === 'fulfilled') processes.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const target = (count: number): Target => ({
      ...bench.call,
      urls: processes.slice(0, count).map((p) => p.url),
      publicUrl,
      pids: processes.slice(0, count).map((p) => p.pid),
      databaseCpuMs: () => treeCpuMs(postmaster),
      settled: () => outboxDrained(database, 120_000),
    });
    const one = target(1);
    const two = target(2);
    // Warms both processes (JIT, PostgreSQL's caches) before anything counts.
    await playCalls(two, 10, bench.warmSeconds);
    const rows: PostgresRows['rows'] = [];
    for (const callers of bench.callers) {
      bench.step(`bare, then PostgreSQL with 1 and 2 processes, ${callers} callers...`);
      rows.push({ target: 'bare Hono', run: await playCalls(bench.bare, callers, bench.seconds) });
      rows.push({
        target: 'PostgreSQL, 1 process',
        run: await playCalls(one, callers, bench.seconds),
      });
      rows.push({
        target: 'PostgreSQL, 2 processes',
        run: await playCalls(two, callers, bench.seconds),
      });
    }
    return { version, command, rows };
  } catch (error) {
    const last = processes.map(
      (p) => `${p.url}: ${p.exit() ?? 'running'}\n${p.log.slice(-10).join('\n')}`,
    );
    throw new Error(`PostgreSQL rows: ${String(error)}\n${last.join('\n')}`);
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
