/**
 * @module
 * How fast the production server comes back on a busy workspace: fills a
 * data directory with 100,000 finished calls (copies of real demo calls, so
 * their rows are whatever the current schema makes of a call, trace and
 * decisions included), then starts `node dist/main.js` on it and times the
 * way to the first answered incoming-call webhook, signed as Twilio signs,
 * and its resident memory once idle. `--tsx` starts the sources under tsx
 * instead, for comparison.
 *
 * Run: pnpm --filter @ringflow/server run build, then
 *      pnpm --filter @ringflow/server exec tsx bench/startup.ts [--calls 100000] [--tsx] [--keep]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import twilio from 'twilio';
import { seedOwner } from '../src/auth/seed-owner.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { openDataDir } from '../src/db/open-data-dir.js';
import { DEMO_NUMBER } from '../src/demo/credentials.js';
import { seedDemo } from '../src/demo/seed.js';
import { memoryLogger } from '../src/logger.js';
import { saveRetentionSettings } from '../src/retention/settings.js';
import { startServer } from '../src/server.js';
import { FakeTwilio } from '../test/support/fake-twilio.js';
import { cloneCalls, countCalls } from './clone-calls.js';
import { cpuMs, freePort, rssBytes, SERVER_DIR } from './processes.js';

const { values: args } = parseArgs({
  options: {
    calls: { type: 'string', default: '100000' },
    tsx: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // A data directory this script filled before (with --keep): starts on it again, unchanged.
    data: { type: 'string' },
    // Passed to Node before the server's entry, e.g. --node=--cpu-prof.
    node: { type: 'string', multiple: true, default: [] },
  },
});
const CALLS = Number(args.calls);
const TOKEN = 'bench-token';
const PUBLIC_URL = 'https://bench.example.com';
const DAY_MS = 86_400_000;

const dataDir = args.data ?? mkdtempSync(join(tmpdir(), 'ringflow-startup-'));
const env = {
  RINGFLOW_DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  PUBLIC_BASE_URL: PUBLIC_URL,
  TWILIO_AUTH_TOKEN: TOKEN,
  RINGFLOW_ADMIN_EMAIL: 'owner@example.com',
  RINGFLOW_ADMIN_PASSWORD: 'correct horse battery',
};

/** Two real calls through the demo flow, in process: a voicemail in office hours and one answered. */
async function templateCalls(): Promise<void> {
  const config = loadConfig({ ...env, PORT: '0' });
  const clock = manualClock('2026-11-23T15:00:00Z');
  const deps = {
    db: openDataDir(config.dataDir, config.databaseFile),
    clock,
    config,
    log: memoryLogger(),
  };
  await seedOwner(deps);
  await seedDemo(deps);
  // Retention configured, as a busy workspace would have it: its first run looks, deletes nothing.
  await saveRetentionSettings(
    deps.db,
    { voicemailDays: 90, callDays: 365, messageDays: 365 },
    clock.now().toISOString(),
  );
  const server = await startServer(deps);
  const send = (path: string, init: RequestInit) => fetch(`${server.url}${path}`, init);
  const voicemail = new FakeTwilio(send, PUBLIC_URL, TOKEN, '+14155550111', DEMO_NUMBER);
  const ringing = await voicemail.ring();
  const record = await voicemail.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
  const recording = {
    RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
    RecordingSid: 'RE1',
    RecordingDuration: '12',
  };
  await voicemail.act(record, 'Record', recording);
  await voicemail.post('/webhooks/twilio/recording', {
    ...recording,
    RecordingStatus: 'completed',
  });
  await voicemail.hangUp('completed', '40');
  const answered = new FakeTwilio(send, PUBLIC_URL, TOKEN, '+14155550112', DEMO_NUMBER);
  await answered.answer(await answered.ring());
  await answered.hangUp('completed', '95');
  await server.close();
  deps.db.close();
}

/** Posts a signed incoming call until one is answered with TwiML; milliseconds since `startedAt`. */
async function firstAnswer(url: string, child: ChildProcess, startedAt: number): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const params = {
      CallSid: `CAstartup${attempt}`,
      AccountSid: 'ACbench',
      From: '+14155550199',
      To: DEMO_NUMBER,
      CallStatus: 'ringing',
      Direction: 'inbound',
    };
    const signature = twilio.getExpectedTwilioSignature(
      TOKEN,
      `${PUBLIC_URL}/webhooks/twilio/voice`,
      params,
    );
    try {
      const res = await fetch(`${url}/webhooks/twilio/voice`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Twilio-Signature': signature,
        },
        body: new URLSearchParams(params).toString(),
      });
      const body = await res.text();
      if (res.ok && body.includes('<Response>')) return performance.now() - startedAt;
      throw new Error(`the first webhook was answered ${res.status}: ${body.slice(0, 200)}`);
    } catch (error) {
      // Not listening yet: try again a moment later.
      if (!(error instanceof TypeError)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Resident memory of `pid` and its descendants (tsx runs an esbuild service beside Node). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] ?? 0) ?? []));
  return tree.reduce((sum, p) => sum + rssBytes(p), 0);
}

const filledAt = performance.now();
if (!args.data) {
  await templateCalls();
  cloneCalls(join(dataDir, 'ringflow.db'), CALLS, { spreadMs: 80 * DAY_MS });
}
const fillMs = performance.now() - filledAt;
const copied = countCalls(join(dataDir, 'ringflow.db'));
const dbBytes = statSync(join(dataDir, 'ringflow.db')).size;

const port = await freePort();
const command = [
  ...args.node,
  ...(args.tsx
    ? ['--import', 'tsx', 'src/main.ts']
    : [process.env.STARTUP_ENTRY ?? 'dist/main.js']),
];
const startedAt = performance.now();
const child = spawn(process.execPath, command, {
  cwd: SERVER_DIR,
  env: { ...process.env, ...env, PORT: String(port), INIT_CWD: SERVER_DIR },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  const answerMs = await firstAnswer(`http://127.0.0.1:${port}`, child, startedAt);
  // CPU time says the same on a busy machine, where the wall clock also counts waiting for a core.
  const answerCpuMs = cpuMs(child.pid ?? 0);
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const rss = treeRss(child.pid ?? 0);
  console.log(`server: node ${command.join(' ')}`);
  console.log(
    `database: ${copied.toLocaleString('en')} calls, ${(dbBytes / 1048576).toFixed(0)} MB${args.data ? '' : ` (filled in ${(fillMs / 1000).toFixed(1)} s)`}`,
  );
  console.log(
    `start to first answered webhook: ${answerMs.toFixed(0)} ms (server CPU ${answerCpuMs} ms)`,
  );
  console.log(`resident memory 5 s later (with child processes): ${(rss / 1048576).toFixed(0)} MB`);
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  if (args.keep || args.data) console.log(`data directory kept: ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}
