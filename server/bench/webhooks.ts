/**
 * @module
 * How fast Ringflow answers Twilio: plays whole demo calls against a real
 * server (real HTTP, real SQLite file in WAL mode) and prints the latency of
 * every webhook reply. Twilio allows 15 s; the target is milliseconds.
 *
 * Run: pnpm --filter @ringflow/server run bench [calls]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedOwner } from '../src/auth/seed-owner.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { seedDemo } from '../src/demo/seed.js';
import { memoryLogger } from '../src/logger.js';
import { startServer } from '../src/server.js';
import { FakeTwilio } from '../test/support/fake-twilio.js';

const calls = Number(process.argv[2] ?? 300);
const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-bench-'));
const config = loadConfig({
  RINGFLOW_DATA_DIR: dataDir,
  PORT: '0',
  HOST: '127.0.0.1',
  PUBLIC_BASE_URL: 'https://bench.example.com',
  TWILIO_AUTH_TOKEN: 'bench-token',
});
const clock = manualClock('2026-11-23T15:00:00Z');
const deps = { db: openDatabase(config.databaseFile), clock, config, log: memoryLogger() };
await seedOwner(deps);
await seedDemo(deps);
const server = await startServer(deps);
const send = (path: string, init: RequestInit) => fetch(`${server.url}${path}`, init);

const timings: Record<string, number[]> = {
  'incoming call': [],
  'dial result': [],
  recording: [],
  status: [],
};
async function timed<T>(kind: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings[kind]?.push(performance.now() - start);
  return result;
}

const started = performance.now();
for (let i = 0; i < calls; i++) {
  const call = new FakeTwilio(
    send,
    config.publicBaseUrl,
    'bench-token',
    `+1415555${String(1000 + i).padStart(4, '0')}`,
  );
  const ringing = await timed('incoming call', () => call.ring());
  const voicemail = await timed('dial result', () =>
    call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' }),
  );
  await timed('recording', () =>
    call.act(voicemail, 'Record', {
      RecordingUrl: 'https://example.test/r',
      RecordingDuration: '12',
    }),
  );
  await timed('status', () => call.hangUp());
}
const elapsed = performance.now() - started;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
console.log(
  `${calls} whole calls (${calls * 4} webhooks) over HTTP in ${(elapsed / 1000).toFixed(2)} s`,
);
console.log('webhook            p50 ms   p95 ms   p99 ms   max ms');
for (const [kind, list] of Object.entries(timings)) {
  const sorted = [...list].sort((a, b) => a - b);
  const cells = [50, 95, 99, 100].map((p) => pct(sorted, p).toFixed(2).padStart(8));
  console.log(`${kind.padEnd(16)}${cells.join(' ')}`);
}
await server.close();
deps.db.close();
rmSync(dataDir, { recursive: true, force: true });
