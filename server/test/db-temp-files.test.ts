import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { SERVER_DIR } from './support/server-process.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the piece in a child process whose SQLite takes `sqliteTmp` as its temporary directory. */
function runPiece(dataDir: string, sqliteTmp: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      join(SERVER_DIR, 'node_modules/.bin/tsx'),
      ['test/support/spill-savepoint.ts', join(dataDir, 'ringflow.db')],
      {
        cwd: SERVER_DIR,
        timeout: 60_000,
        env: { PATH: process.env.PATH, SQLITE_TMPDIR: sqliteTmp },
      },
      (error, _stdout, stderr) => (error ? reject(new Error(stderr || String(error))) : resolve()),
    );
  });
}

test('a commit group past 64 KB of journal writes no temporary file outside the data directory', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ringflow-temp-files-'));
  dirs.push(root);
  const sqliteTmp = join(root, 'sqlite-tmp');
  const dataDir = join(root, 'data');
  mkdirSync(sqliteTmp);
  mkdirSync(dataDir);
  // SQLite unlinks its temporary files as it opens them, so the directory is watched, not listed.
  const created: string[] = [];
  let markerSeen: () => void = () => undefined;
  const marker = new Promise<void>((resolve) => {
    markerSeen = resolve;
  });
  const watcher = watch(sqliteTmp, (_event, name) => {
    if (name === 'marker') markerSeen();
    else if (name) created.push(name);
  });
  try {
    await runPiece(dataDir, sqliteTmp);
    // Events arrive in order: once the marker's is in, any file the child made was reported before it.
    writeFileSync(join(sqliteTmp, 'marker'), '');
    await marker;
  } finally {
    watcher.close();
  }
  expect(created).toEqual([]);
}, 60_000);
