/**
 * @module
 * A real PostgreSQL server for tests: Debian's `postgresql` package, started
 * in a temporary directory on a free port, one per test file, with a fresh
 * database for each use. Nothing here is kept at module level, so test files
 * that share a worker (vitest's `isolate: false`) never see each other's
 * server.
 *
 * @example
 * const pg = await startPostgres();
 * afterAll(() => pg.stop());
 * const url = await pg.createDatabase();
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const NOT_INSTALLED = 'PostgreSQL is not installed: apt-get install -y postgresql';

export interface PostgresServer {
  /** The temporary directory holding the cluster, its socket and its log. */
  readonly dir: string;
  readonly port: number;
  /** The URL of a database on this server (superuser `postgres`, no password). */
  url(database: string): string;
  /** Creates an empty database with a new name and returns its URL. */
  createDatabase(options?: { template?: string }): Promise<string>;
  /** Stops the server and removes its directory; calling it again waits for the same stop. */
  stop(): Promise<void>;
}

/**
 * Where `initdb` and `pg_ctl` are: `pg_config --bindir` when it names a
 * server's directory, else the newest of Debian's /usr/lib/postgresql/<n>/bin.
 * Throws {@link NOT_INSTALLED} when there is none.
 *
 * @example
 * await findPostgresBin(); // '/usr/lib/postgresql/15/bin'
 */
export async function findPostgresBin(
  where = { pgConfig: 'pg_config', versions: '/usr/lib/postgresql' },
): Promise<string> {
  const configured = await run(where.pgConfig, ['--bindir']).catch(() => '');
  const candidates = [configured.trim()];
  if (existsSync(where.versions)) {
    const versions = readdirSync(where.versions).filter((v) => /^\d+$/.test(v));
    versions.sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(where.versions, v, 'bin')));
  }
  const bin = candidates.find((dir) => dir && existsSync(join(dir, 'initdb')));
  if (!bin) throw new Error(NOT_INSTALLED);
  return bin;
}

/**
 * Starts a throwaway server: `initdb` (as the `postgres` user when this
 * process is root, which initdb refuses), then `pg_ctl start` on 127.0.0.1,
 * tuned for tests (no fsync, small buffers). Waits until it accepts a query.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = await findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'ringflow-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const asOwner = await ownerRunner(dir);
  let port = 0;
  let created = 0;
  const stopOnExit = () => stopSync(bin, data, dir);
  try {
    await asOwner(join(bin, 'initdb'), [
      ...['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'],
      ...['--no-sync', '--no-instructions'],
    ]);
    port = await startOnFreePort(asOwner, bin, data, dir, log);
    process.once('exit', stopOnExit);
    watchOwner(bin, data, dir);
    await waitUntilReady(urlOf(port, 'postgres'), log);
  } catch (error) {
    process.off('exit', stopOnExit);
    stopSync(bin, data, dir);
    throw error;
  }
  let stopped: Promise<void> | undefined;
  let version: Promise<number> | undefined;
  const serverVersion = () => {
    version ??= withClient(urlOf(port, 'postgres'), async (c) =>
      Number((await c.query('SHOW server_version_num')).rows[0]?.server_version_num),
    );
    return version;
  };
  return {
    dir,
    port,
    url: (database) => urlOf(port, database),
    async createDatabase(options = {}) {
      created += 1;
      const name = `test_${process.pid}_${created}`;
      // A copy of a template's files is much faster than running its migrations again;
      // FILE_COPY (PostgreSQL 15 and later) copies them whole instead of block by block.
      const template = options.template
        ? ` TEMPLATE ${options.template}${(await serverVersion()) >= 150000 ? ' STRATEGY = FILE_COPY' : ''}`
        : '';
      await withClient(urlOf(port, 'postgres'), (c) =>
        c.query(`CREATE DATABASE ${name}${template}`),
      );
      return urlOf(port, name);
    },
    stop() {
      process.off('exit', stopOnExit);
      stopped ??= asOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop'])
        .then(() => undefined)
        .finally(() => rmSync(dir, { recursive: true, force: true }));
      return stopped;
    },
  };
}

/** Runs `work` with one connection to `url`, closed afterwards. */
export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function urlOf(port: number, database: string): string {
  return `postgres://postgres@127.0.0.1:${port}/${database}`;
}

type Runner = (file: string, args: string[]) => Promise<string>;

/** util-linux's runuser lives in sbin, which a plain user's PATH (and CI's) may not have. */
const RUNUSER =
  ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((path) => existsSync(path)) ??
  'runuser';

/** Root runs the server's tools as `postgres`, owner of the directory; anyone else as themselves. */
async function ownerRunner(dir: string): Promise<Runner> {
  if (process.getuid?.() !== 0) return run;
  await run('chown', ['postgres:postgres', dir]);
  return (file, args) => run(RUNUSER, ['-u', 'postgres', '--', file, ...args]);
}

/**
 * A port found free can be taken before the server binds it (another test
 * file starting its own server): then try another one, a few times.
 */
async function startOnFreePort(
  asOwner: Runner,
  bin: string,
  data: string,
  dir: string,
  log: string,
) {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const options = [
      `-p ${port}`,
      "-c listen_addresses='127.0.0.1'",
      `-c unix_socket_directories='${dir}'`,
      // A test database: losing it in a crash costs nothing, so skip what makes it durable.
      '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
      '-c shared_buffers=16MB -c max_connections=40',
    ].join(' ');
    try {
      await asOwner(join(bin, 'pg_ctl'), [
        '-D',
        data,
        '-l',
        log,
        '-o',
        options,
        '-w',
        '-t',
        '30',
        'start',
      ]);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${readLog(log)}`);
}

/** pg_ctl -w has seen the server up; a connection proves it takes queries (bounded: 100 tries). */
async function waitUntilReady(url: string, log: string): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await withClient(url, (c) => c.query('SELECT 1'));
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`PostgreSQL did not accept connections: ${String(lastError)}\n${readLog(log)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function stopCommand(bin: string, data: string): string[] {
  const stop = [join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', '-t', '10', 'stop'];
  return process.getuid?.() === 0 ? [RUNUSER, '-u', 'postgres', '--', ...stop] : stop;
}

/**
 * Vitest ends its workers with a signal, which runs no exit handler: a
 * small watchdog outlives this process and stops the server once it is gone
 * (or leaves when the server was stopped the normal way, its directory gone).
 */
function watchOwner(bin: string, data: string, dir: string): void {
  const script = [
    'pid=$1; data=$2; dir=$3; shift 3',
    // stop() removes the directory: then there is nothing left to do.
    'while [ -d "/proc/$pid" ] && [ -d "$dir" ]; do sleep 1; done',
    'if [ -d "$dir" ]; then "$@" >/dev/null 2>&1; rm -rf "$dir"; fi',
  ].join('\n');
  const args = ['-c', script, 'sh', String(process.pid), data, dir, ...stopCommand(bin, data)];
  spawn('sh', args, { detached: true, stdio: 'ignore' }).unref();
}

/** A test run that ends without stop() must not leave a server running or its files behind. */
function stopSync(bin: string, data: string, dir: string): void {
  if (existsSync(join(data, 'postmaster.pid'))) {
    const command = stopCommand(bin, data);
    try {
      execFileSync(command[0] as string, command.slice(1), { stdio: 'ignore' });
    } catch {
      // Already stopped, or stopping failed: the directory goes either way.
    }
  }
  rmSync(dir, { recursive: true, force: true });
}

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(' ')} failed: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

function readLog(log: string): string {
  return existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
}
