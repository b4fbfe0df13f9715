/**
 * @module
 * Real Ringflow server processes for tests that need more than one, or need
 * to kill one: `node --import tsx src/main.ts`, as `pnpm dev` runs it, on a data directory
 * of its own, listening on a free port of 127.0.0.1.
 *
 * @example
 * const p = await startServerProcess({ DATABASE_URL: url }, ['--demo']);
 * await fetch(`${p.url}/readyz`);
 * await p.stop();
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** SIGTERM (SIGKILL ten seconds later if it is still there), then removes its data directory. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown of any kind; resolves once it is gone. */
  kill(): Promise<void>;
}

/** Starts a server with `env` (beside PATH, a data dir, PORT=0, HOST); resolves once it listens. */
export function startServerProcess(
  env: Record<string, string>,
  args: string[] = [],
): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-process-'));
  // `node --import tsx`, not the tsx command: that one runs the server as its own child, so a
  // SIGKILL would kill only the wrapper and leave the server running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH,
      RINGFLOW_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const end = async (signal: NodeJS.Signals) => {
    if (!gone()) child.kill(signal);
    // A server still draining a pile of requests gets ten seconds, then no choice.
    const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(late);
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      let entry: { message?: string; url?: string } = {};
      try {
        entry = JSON.parse(line);
      } catch {
        return; // not one of the server's log lines
      }
      if (entry.message === 'Ringflow is listening' && entry.url) {
        const url = entry.url;
        resolve({
          child,
          url,
          stderr: () => stderr,
          stop: () => end('SIGTERM'),
          kill: () => end('SIGKILL'),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
}
