/**
 * @module
 * A quick loop for the webhook path: starts Ringflow and the bare ceiling (a
 * Hono app that reads the form, checks the signature and answers fixed TwiML),
 * and that app again appending each webhook to SQLite before it answers
 * (`webhook-store.ts`: what durability alone costs), each in its own
 * process, plays whole demo calls against each with the same client at a
 * given number of simultaneous callers, and prints webhooks per second,
 * p50/p99, server CPU per webhook (from /proc/<pid>/stat, so the client's
 * work is not counted) and database bytes per finished call. With several
 * rounds it alternates the three servers and ends with the median ratios.
 *
 * Run from server/: `node --import tsx bench/webhook-profile.ts [calls] [callers] [rounds]`;
 * `PROFILE=/tmp/prof` also writes a .cpuprofile of the Ringflow server there.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { FakeTwilio } from '../test/support/fake-twilio.js';

const calls = Number(process.argv[2] ?? 500);
const callers = Number(process.argv[3] ?? 50);
const rounds = Number(process.argv[4] ?? 1);
const BASE = 'https://bench.example.com';
const TICK_MS = 10; // USER_HZ on Linux

interface Started {
  child: ChildProcess;
  url: string;
  startBytes?: number;
}

function start(kind: string): Promise<Started> {
  const prof = process.env.PROFILE;
  const execArgv = ['--import', 'tsx'];
  if (prof && kind === 'ringflow') execArgv.push('--cpu-prof', `--cpu-prof-dir=${prof}`);
  const child = fork(new URL('./webhook-profile-server.ts', import.meta.url).pathname, [kind], {
    execArgv,
  });
  return new Promise((resolve) =>
    child.once('message', (m) => resolve({ child, ...(m as { url: string }) })),
  );
}

function ask<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve((m as { stats: T }).stats));
    child.send('stats');
  });
}

/** User + system CPU of a process, in milliseconds. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

async function play(url: string, total: number, concurrency: number) {
  const latencies: number[] = [];
  const send = (path: string, init: RequestInit) => fetch(`${url}${path}`, init);
  const timed = async <T>(work: () => Promise<T>) => {
    const t = performance.now();
    const r = await work();
    latencies.push(performance.now() - t);
    return r;
  };
  let next = 0;
  let failures = 0;
  const caller = async () => {
    while (next < total) {
      const i = next++;
      const call = new FakeTwilio(send, BASE, 'bench-token', `+1415${String(5550000 + i)}`);
      const ringing = await timed(() => call.ring());
      const voicemail = await timed(() =>
        call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' }),
      );
      const recorded = await timed(() =>
        call.act(voicemail, 'Record', {
          RecordingUrl: 'https://example.test/r',
          RecordingDuration: '12',
        }),
      );
      const status = await timed(() =>
        call.post('/webhooks/twilio/recording', {
          RecordingSid: `RE${call.callSid.slice(2)}`,
          RecordingUrl: 'https://example.test/r',
          RecordingStatus: 'completed',
          RecordingDuration: '12',
        }),
      );
      const end = await timed(() => call.hangUp());
      for (const r of [ringing, voicemail, recorded, status, end]) if (r.status !== 200) failures++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, caller));
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    webhooks: latencies.length,
    seconds,
    p50: pct(0.5),
    p99: pct(0.99),
    max: pct(1),
    failures,
  };
}

async function measure(kind: string) {
  const s = await start(kind);
  const pid = s.child.pid ?? 0;
  await play(s.url, Math.min(50, calls), callers); // warm-up
  const before = await ask<{ bytes?: number; ended?: number }>(s.child);
  const cpu0 = cpuMs(pid);
  const run = await play(s.url, calls, callers);
  const cpu = cpuMs(pid) - cpu0;
  const after = await ask<Record<string, unknown> & { bytes?: number; ended?: number }>(s.child);
  s.child.send('stop');
  await new Promise((r) => s.child.once('exit', r));
  const perCall =
    after.bytes !== undefined && before.bytes !== undefined
      ? (after.bytes - before.bytes) / ((after.ended ?? 0) - (before.ended ?? 0))
      : undefined;
  return { kind, ...run, cpuPerWebhook: cpu / run.webhooks, perCall, after };
}

type Measured = Awaited<ReturnType<typeof measure>>;
const line = (r: Measured) =>
  `${r.kind.padEnd(9)} ${r.webhooks} webhooks ${(r.webhooks / r.seconds).toFixed(0)}/s p50 ${r.p50.toFixed(1)} ms p99 ${r.p99.toFixed(1)} ms max ${r.max.toFixed(1)} ms cpu ${r.cpuPerWebhook.toFixed(3)} ms/webhook failures ${r.failures}`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

// Rounds alternate the three servers: one run's figures move by ±20% on a shared machine.
const ratios: { ringflow: number; stored: number }[] = [];
let last: Measured | undefined;
for (let round = 1; round <= rounds; round++) {
  const bare = await measure('bare');
  const stored = await measure('stored');
  const ringflow = await measure('ringflow');
  if (rounds > 1) console.log(`round ${round} of ${rounds}`);
  for (const r of [bare, stored, ringflow]) console.log(line(r));
  console.log(
    `bare + SQLite write against bare: cpu ${(stored.cpuPerWebhook / bare.cpuPerWebhook).toFixed(2)}x`,
  );
  console.log(
    `ratios: cpu ${(ringflow.cpuPerWebhook / bare.cpuPerWebhook).toFixed(2)}x, throughput ${(ringflow.webhooks / ringflow.seconds / (bare.webhooks / bare.seconds)).toFixed(2)}, p99 ${(ringflow.p99 / bare.p99).toFixed(2)}x`,
  );
  ratios.push({
    ringflow: ringflow.cpuPerWebhook / bare.cpuPerWebhook,
    stored: stored.cpuPerWebhook / bare.cpuPerWebhook,
  });
  last = ringflow;
}
if (rounds > 1) {
  const range = (values: number[]) =>
    `${median(values).toFixed(2)}x (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
  console.log(
    `median of ${rounds} rounds, CPU against bare: Ringflow ${range(ratios.map((r) => r.ringflow))}, bare + SQLite write ${range(ratios.map((r) => r.stored))}`,
  );
}
console.log(`database bytes per finished call: ${last?.perCall?.toFixed(0)}`);
console.log(JSON.stringify(last?.after));
