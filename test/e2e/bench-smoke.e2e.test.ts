/**
 * @module
 * `pnpm bench --smoke` from the test command: the benchmark runs end to end
 * in seconds (production server and bare app in their own processes, whole
 * calls, live calls, the server on PostgreSQL as one and two processes when
 * PostgreSQL is installed, the in-process figures, the web app in Chromium)
 * and writes its results. It checks that the bench works, never its figures:
 * those depend on the machine, and live in docs/performance.md.
 * It sits with the browser tests because it drives Chromium and runs alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SERVER_DIR = fileURLToPath(new URL('../../server/', import.meta.url));
const WEB_BUILT = existsSync(fileURLToPath(new URL('../../web/dist/index.html', import.meta.url)));
/** As the bench looks for it: Debian's /usr/lib/postgresql/<version>/bin/initdb. */
const POSTGRES_INSTALLED =
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));

function runBench(out: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--smoke', '--out', out],
      {
        cwd: SERVER_DIR,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.once('exit', (code) => resolve({ code, output }));
  });
}

it('runs the benchmark end to end and writes its results', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ringflow-bench-smoke-'));
  try {
    const out = join(dir, 'results.json');
    const { code, output } = await runBench(out);
    expect(code, output).toBe(0);
    expect(output).toMatch(/CPU\/webhook, 50 callers .*\(target <= 2x\)/);
    const results = JSON.parse(readFileSync(out, 'utf8'));
    expect(results.smoke).toBe(true);
    expect(results.errors).toBe(0);
    expect(results.server.command).toMatch(/^node /);
    const references = [
      'bare Hono',
      'bare Hono + SQLite write',
      "bare Hono + a call's I/O",
      'Ringflow, SQLite',
    ];
    const sqlite = [...references, ...references]; // 10 callers, then 50
    const postgres = ['bare Hono', 'PostgreSQL, 1 process', 'PostgreSQL, 2 processes'];
    expect(results.throughput.map((r: { target: string }) => r.target)).toEqual(
      POSTGRES_INSTALLED ? [...sqlite, ...postgres] : sqlite,
    );
    // Each target was warmed up in three rounds before anything counted, and the output says so.
    expect(Object.keys(results.warmUp)).toEqual(references);
    for (const [target, rounds] of Object.entries(results.warmUp as Record<string, number[]>)) {
      expect(rounds).toHaveLength(3);
      expect(output).toContain(`Warm-up, ${target}: `);
    }
    for (const { target, run } of results.throughput) {
      expect(run.webhooks).toBeGreaterThan(0);
      // The CPU counted goes on until the work the calls left is done; the bare apps leave none.
      expect(run.cpuMsPerWebhook).toBeGreaterThanOrEqual(run.answeringCpuMsPerWebhook);
      expect(run.answeringCpuMsPerWebhook).toBeGreaterThanOrEqual(0);
      if (target.startsWith('bare')) expect(run.settleSeconds).toBe(0);
      else expect(run.settleSeconds).toBeGreaterThanOrEqual(0);
    }
    // The I/O reference copied a recording for each call it finished.
    const ioCalls = results.throughput
      .filter((r: { target: string }) => r.target === "bare Hono + a call's I/O")
      .reduce((sum: number, r: { run: { calls: number } }) => sum + r.run.calls, 0);
    expect(ioCalls).toBeGreaterThan(0);
    expect(results.callIo.recordingsCopied).toBeGreaterThanOrEqual(ioCalls);
    if (POSTGRES_INSTALLED) {
      expect(results.postgres.version).toMatch(/^\d+/);
      const rows = results.throughput.filter((r: { target: string }) =>
        r.target.startsWith('PostgreSQL'),
      );
      // PostgreSQL's own server did work for the webhooks: its CPU is read and shown apart.
      const pgCpu = rows.reduce(
        (sum: number, r: { run: { databaseCpuMsPerWebhook: number } }) =>
          sum + r.run.databaseCpuMsPerWebhook,
        0,
      );
      expect(pgCpu).toBeGreaterThan(0);
      expect(output).toMatch(/^PostgreSQL, 2 processes +10 /m);
      expect(results.versusBare.map((r: { target: string }) => r.target)).toContain(
        'PostgreSQL, 2 processes',
      );
    } else {
      expect(output).toContain(
        'PostgreSQL rows skipped: PostgreSQL is not installed: apt-get install -y postgresql',
      );
    }
    expect(results.database.finishedCalls).toBeGreaterThan(0);
    expect(results.liveCalls.calls).toBeGreaterThan(0);
    expect(results.flowRuntime.validateAndCompile.length).toBeGreaterThan(0);
    expect(results.autoReplies.decisions).toBeGreaterThan(0);
    expect(results.checks.length).toBeGreaterThan(5);
    if (WEB_BUILT) {
      expect(results.web.signInJsGzipBytes).toBeGreaterThan(0);
      expect(results.web.dragging.frames).toBeGreaterThan(0);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
