import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Runs the `ringflow` script of the repository root with `args`, as a user
 * types it there: `pnpm --silent ringflow <args>` (under `pnpm test`,
 * npm_execpath is the very pnpm running the tests, wherever it was
 * installed), or with `'npm'`, `npm run --silent ringflow -- <args>` on a
 * machine where every `pnpm` fails, as on a fresh one without pnpm.
 */
export function ringflowCommand(
  args: string[],
  via: 'pnpm' | 'npm' = 'pnpm',
): SpawnSyncReturns<string> {
  const options = { cwd: REPO_ROOT, encoding: 'utf8' as const, timeout: 60_000 };
  if (via === 'npm') {
    const noPnpm = failingPnpm();
    try {
      return spawnSync('npm', ['run', '--silent', 'ringflow', '--', ...args], {
        ...options,
        env: { ...process.env, PATH: `${noPnpm}${delimiter}${process.env.PATH ?? ''}` },
      });
    } finally {
      rmSync(noPnpm, { recursive: true, force: true });
    }
  }
  const execpath = process.env.npm_execpath;
  const [command, ...prefix] = execpath?.includes('pnpm') ? [process.execPath, execpath] : ['pnpm'];
  return spawnSync(command as string, [...prefix, '--silent', 'ringflow', ...args], options);
}

/** A directory whose `pnpm` says it was called and fails, to put first on the PATH. */
function failingPnpm(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ringflow-no-pnpm-'));
  const pnpm = join(dir, 'pnpm');
  writeFileSync(pnpm, '#!/bin/sh\necho "pnpm was called: $*" >&2\nexit 97\n');
  chmodSync(pnpm, 0o755);
  return dir;
}
