/**
 * @module
 * The processes `pnpm bench` measures, each on its own: the production server
 * (the bundle `pnpm --filter @ringflow/server run build` makes, or the sources
 * through tsx when there is none, and the table says which) and the bare Hono
 * app it is compared with. Figures come from the processes' own counters in
 * Linux's /proc, because the bench process's CPU and memory are not theirs.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = `${SERVER_DIR}dist/main.js`;

/** Linux counts CPU time in clock ticks of 10 ms (`getconf CLK_TCK` is 100 on every common kernel). */
const TICK_MS = 10;

export interface Running {
  url: string;
  pid: number;
  /** How it was started, as the table shows it. */
  command: string;
  /** The last lines it logged, for when it fails. */
  log: string[];
  /** How it exited (code or signal), or null while it runs. */
  exit(): string | null;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Starts `args` under this Node binary with `env` and waits until
 * `${url}/healthz` answers.
 *
 * @example
 * const bare = await startProcess(['--import', 'tsx', 'bench/bare-app.ts'], { PORT: '4000' }, 'bare');
 */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  command: string,
): Promise<Running> {
  const url = `http://127.0.0.1:${env.PORT}`;
  const child = spawn(process.execPath, args, {
    cwd: SERVER_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const keep = (chunk: string) => {
    log.push(...chunk.split('\n').filter(Boolean));
    log.splice(0, Math.max(0, log.length - 30));
  };
  child.stdout?.setEncoding('utf8').on('data', keep);
  child.stderr?.setEncoding('utf8').on('data', keep);
  if (child.pid === undefined) throw new Error(`${command} did not start`);
  // Should the bench itself crash, its servers go with it.
  process.once('exit', () => child.kill('SIGKILL'));
  try {
    await waitUntilUp(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${command}: ${String(error)}\n${log.join('\n')}`);
  }
  return {
    url,
    pid: child.pid,
    command,
    log,
    exit: () => (child.exitCode ?? child.signalCode ?? null) as string | null,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('did not answer /healthz within 30 s');
}

/**
 * How the production server runs: the bundle when it is built, else the
 * sources through tsx (what the issue calls "TypeScript at run time").
 */
export function serverCommand(): { args: string[]; command: string; bundled: boolean } {
  if (existsSync(BUNDLE)) {
    return { args: ['dist/main.js'], command: 'node server/dist/main.js', bundled: true };
  }
  return {
    args: ['--import', 'tsx', 'src/main.ts'],
    command: 'node --import tsx server/src/main.ts (no server/dist/main.js)',
    bundled: false,
  };
}

/** The fields of /proc/<pid>/stat after the command name, which may hold spaces. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // fields[0] is the state, [1] the parent's pid, [11..14] utime, stime, cutime, cstime.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** Runs a workspace package's build script (`dir` under the repository), when it has one; says so either way. */
export function buildPackage(pkg: string, dir: string, say: (line: string) => void): void {
  const repo = join(SERVER_DIR, '..');
  const scripts = JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts.build) {
    say(`${pkg} has no build script: not built`);
    return;
  }
  say(`Building ${pkg}...`);
  const result = spawnSync('pnpm', ['--filter', pkg, 'run', 'build'], {
    cwd: repo,
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error(`pnpm --filter ${pkg} run build failed`);
}

/** CPU milliseconds (user + system) a process has used so far. */
export function cpuMs(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** The pid of a process's parent. */
export function parentPid(pid: number): number {
  return Number(statFields(pid)[1]);
}

/**
 * CPU milliseconds a process and its children have used so far: its own, its
 * children's that it has waited for, and its live children's. A server that
 * forks a process per connection (PostgreSQL's postmaster) is measured so:
 * a child that exits between two readings moves its time from the live
 * children to the parent's waited-for count, and the sum stays whole.
 *
 * @example
 * const before = treeCpuMs(postmaster);
 * // ... the work ...
 * const used = treeCpuMs(postmaster) - before;
 */
export function treeCpuMs(pid: number): number {
  const all = (fields: string[]) => [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  let ticks = all(statFields(pid));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(Number(entry));
      if (Number(fields[1]) === pid) ticks += all(fields);
    } catch {
      // Exited since the directory was listed.
    }
  }
  return ticks * TICK_MS;
}

/** Resident memory of a process in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}
