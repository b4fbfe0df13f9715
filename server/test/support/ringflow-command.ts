import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Runs `pnpm --silent ringflow <args>` from the repository root, as a user
 * types it. Under `pnpm test`, npm_execpath is the very pnpm running the
 * tests, wherever it was installed.
 */
export function ringflowCommand(args: string[]): SpawnSyncReturns<string> {
  const execpath = process.env.npm_execpath;
  const [command, ...prefix] = execpath?.includes('pnpm') ? [process.execPath, execpath] : ['pnpm'];
  return spawnSync(command as string, [...prefix, '--silent', 'ringflow', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}
