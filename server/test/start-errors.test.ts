import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `ringflow serve` (server/src/main.ts) started on bad data directories: each
 * exits non-zero with one line that names the path and what to do, no stack.
 */
const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'ringflow-start-'));
const immutable: string[] = [];
afterAll(() => {
  for (const path of immutable) execFileSync('chattr', ['-i', path]);
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});

/**
 * Makes a path read-only for this process. Permissions do not stop root, so
 * as root the path is made immutable (chattr +i), which stops root too; where
 * that is not allowed either, read-only cases cannot be set up and are skipped.
 */
function makeReadOnly(path: string, mode: number): void {
  if (process.getuid?.() !== 0) {
    chmodSync(path, mode);
    return;
  }
  execFileSync('chattr', ['+i', path]);
  immutable.push(path);
}
const canMakeReadOnly = (() => {
  const probe = join(root, 'probe');
  mkdirSync(probe);
  try {
    makeReadOnly(probe, 0o555);
    return true;
  } catch {
    return false;
  }
})();

/** Starts the server as `pnpm serve` does; a server that did start is killed after 60 s. */
function start(dataDir: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      join(SERVER_DIR, 'node_modules/.bin/tsx'),
      ['src/main.ts'],
      {
        cwd: SERVER_DIR,
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env.PATH, RINGFLOW_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
      },
      (_error, _stdout, stderr) => resolve({ status: child.exitCode, stderr }),
    );
  });
}

async function expectRefused(dataDir: string, message: RegExp, path = dataDir) {
  const { status, stderr } = await start(dataDir);
  const lines = stderr.trim().split('\n');
  expect(status, stderr).not.toBe(0);
  expect(status, stderr).not.toBeNull(); // it exited, it was not killed by the timeout
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toContain(path);
  expect(lines[0]).toMatch(message);
  expect(stderr).not.toMatch(/\n\s+at |SqliteError/);
}

const dir = (name: string) => {
  const path = join(root, name);
  mkdirSync(path);
  return path;
};

// Each start takes seconds (tsx compiles main.ts); the cases run side by side.
describe.concurrent('starting on a bad data directory', { timeout: 120_000 }, () => {
  it('says so when the directory is missing and cannot be created', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    await expectRefused(
      join(file, 'data'),
      /does not exist and cannot be created.*RINGFLOW_DATA_DIR/,
    );
  });

  it('says so when the path is a file, not a directory', async () => {
    const file = join(root, 'plain-file');
    writeFileSync(file, 'x');
    await expectRefused(file, /is not a directory: set RINGFLOW_DATA_DIR/);
  });

  it.skipIf(!canMakeReadOnly)(
    'says so when the directory is read-only (skipped where it cannot be made read-only)',
    async () => {
      const readOnly = dir('read-only');
      makeReadOnly(readOnly, 0o555);
      await expectRefused(readOnly, /is not writable/);
    },
  );

  it.skipIf(!canMakeReadOnly)(
    'says so when the database file is read-only (skipped where it cannot be made read-only)',
    async () => {
      const data = dir('read-only-db');
      new Database(join(data, 'ringflow.db')).close();
      makeReadOnly(join(data, 'ringflow.db'), 0o444);
      await expectRefused(data, /is read-only|cannot be opened/, join(data, 'ringflow.db'));
    },
  );

  it('says so when the database path is a directory', async () => {
    const data = dir('db-is-dir');
    mkdirSync(join(data, 'ringflow.db'));
    await expectRefused(data, /is not a file/, join(data, 'ringflow.db'));
  });

  it('says so when the database file is not a SQLite database', async () => {
    const data = dir('not-sqlite');
    writeFileSync(join(data, 'ringflow.db'), 'This is a text file, not a database.\n'.repeat(200));
    await expectRefused(data, /is not a SQLite database: move it/, join(data, 'ringflow.db'));
  });

  it('says so when the schema is newer than the code', async () => {
    const data = dir('newer');
    const db = new Database(join(data, 'ringflow.db'));
    db.pragma('user_version = 999');
    db.close();
    await expectRefused(
      data,
      /schema version 999, newer than this Ringflow knows .*run a newer Ringflow/,
      join(data, 'ringflow.db'),
    );
  });
});
