import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/ringflow-command.js';

/**
 * `pnpm soak` runs for minutes and is not part of the test command; its
 * smoke mode proves the soak itself still works (server process, traffic,
 * samples from /proc), so that it is ready when someone runs it for real.
 */
describe('pnpm soak --smoke', () => {
  it('drives the server process with calls and texts and samples its memory and handles', () => {
    const execpath = process.env.npm_execpath;
    const [command, ...prefix] = execpath?.includes('pnpm')
      ? [process.execPath, execpath]
      : ['pnpm'];
    const run = spawnSync(command as string, [...prefix, '--silent', 'soak', '--smoke'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const samples = run.stdout.split('\n').filter((line) => /^\s+\d+ s {2}rss/.test(line));
    expect(samples.length).toBeGreaterThanOrEqual(2);
    expect(samples.join('\n')).toMatch(/texts sent so far [1-9]/);
    expect(run.stdout).toContain('0 failed webhooks');
  }, 120_000);
});
