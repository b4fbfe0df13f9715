/**
 * @module
 * The soak: the real server in its own process, from its sources (through
 * tsx, so a soak never runs a stale bundle), with `--demo` on a fresh data directory, fed mixed traffic for minutes (whole demo calls that
 * end in a voicemail, calls answered by the team, incoming texts) while its
 * texts and recording copies go to a local fake of Twilio's REST API. Every
 * minute it samples the server process's resident memory and open file
 * handles from /proc; the verdict compares the last minute with the first
 * minute after warm-up, because a leak shows as growth, whatever the machine.
 *
 * Run: pnpm soak [--minutes 10] [--calls-per-second 10] [--texts-per-second 5]
 *      pnpm soak --smoke   (a few seconds: checks the soak itself works, no verdict)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import { FakeTwilio, textWebhook } from '../test/support/fake-twilio.js';
import { leaveVoicemail, percentile, randomCaller } from './calls.js';
import { freePort, rssBytes } from './processes.js';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'calls-per-second': { type: 'string', default: '10' },
    'texts-per-second': { type: 'string', default: '5' },
    smoke: { type: 'boolean', default: false },
  },
});
const smoke = args.smoke;
const durationMs = smoke ? 6_000 : Number(args.minutes) * 60_000;
const sampleEveryMs = smoke ? 2_000 : 60_000;
const callRate = Number(args['calls-per-second']);
const textRate = Number(args['texts-per-second']);
if (!(durationMs > 0 && callRate > 0 && textRate >= 0)) {
  console.error('Give --minutes and --calls-per-second above 0, --texts-per-second 0 or more');
  process.exit(2);
}
/** Growth of resident memory from the first sample after warm-up to the last that still counts as flat. */
const MAX_MEMORY_GROWTH = 0.2;
/** Open handles may move by a few (sockets come and go), never climb. */
const MAX_HANDLE_GROWTH = 10;

const ACCOUNT_SID = `AC${'5'.repeat(32)}`;
const AUTH_TOKEN = 'soak-auth-token';
const DEMO_NUMBER = '+14155550100';
const serverDir = fileURLToPath(new URL('..', import.meta.url));

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not answer /healthz within 30 s');
}

/** Resident memory (MB) and open file handles of a process, from Linux's /proc. */
function processUsage(pid: number): { rssMb: number; handles: number } {
  return { rssMb: rssBytes(pid) / 1024 / 1024, handles: readdirSync(`/proc/${pid}/fd`).length };
}

const twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-soak-'));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--demo'], {
  cwd: serverDir,
  env: {
    ...process.env,
    RINGFLOW_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: url,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_API_BASE_URL: twilio.url,
  },
  stdio: ['ignore', 'ignore', 'pipe'],
});
// The server's own log lines stay out of the table; the last ones are shown if it fails.
const serverLog: string[] = [];
server.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
  serverLog.push(...chunk.split('\n').filter(Boolean));
  serverLog.splice(0, Math.max(0, serverLog.length - 20));
});
server.once('exit', (code) => {
  if (code !== null && code !== 0) console.error(serverLog.join('\n'));
});
const pid = server.pid;
if (pid === undefined) throw new Error('the server did not start');
await waitUntilUp(url, server);

const send = (path: string, init: RequestInit) => fetch(`${url}${path}`, init);
const audio = makeWav({ seconds: 2 });
/** Callers come from a pool large enough that the 3-hour auto-reply cooldown rarely applies. */
const caller = randomCaller;

interface Window {
  webhooks: number[];
  errors: number;
  calls: number;
  texts: number;
}
const fresh = (): Window => ({ webhooks: [], errors: 0, calls: 0, texts: 0 });
let window = fresh();

async function timed(work: () => Promise<{ status: number }>): Promise<void> {
  const start = performance.now();
  try {
    const reply = await work();
    window.webhooks.push(performance.now() - start);
    if (reply.status >= 500) window.errors++;
  } catch {
    window.errors++;
  }
}

/** One whole call: three in four go unanswered and leave a voicemail; one in four is answered. */
async function playCall(): Promise<void> {
  const call = new FakeTwilio(send, url, AUTH_TOKEN, caller(), DEMO_NUMBER);
  let ringing = { status: 0, body: '', verbs: [] } as Awaited<ReturnType<FakeTwilio['ring']>>;
  await timed(async () => {
    ringing = await call.ring();
    return ringing;
  });
  if (!ringing.verbs.some((v) => v.name === 'Dial')) {
    await timed(() => call.hangUp('completed', '5'));
  } else if (Math.random() < 0.25) {
    await timed(() => call.answer(ringing));
    await timed(() => call.act(ringing, 'Dial', { DialCallStatus: 'completed' }));
    await timed(() => call.hangUp('completed', '60'));
  } else {
    const sid = `RE${randomBytes(16).toString('hex')}`;
    const recordingUrl = twilio.recordings.add(sid, audio);
    let voicemail = ringing;
    await timed(async () => {
      voicemail = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
      return voicemail;
    });
    await leaveVoicemail(call, voicemail, sid, recordingUrl, timed);
  }
  window.calls++;
}

async function playText(): Promise<void> {
  await timed(() =>
    textWebhook(send, url, AUTH_TOKEN, { body: 'Are you open today?', from: caller() }),
  );
  window.texts++;
}

/** Starts `work` `perSecond` times a second, each on its own, until `until`. */
function every(perSecond: number, until: number, work: () => Promise<void>): Promise<void>[] {
  const running: Promise<void>[] = [];
  if (perSecond <= 0) return running;
  const gap = 1000 / perSecond;
  const started = performance.now();
  return [
    (async () => {
      for (let n = 0; performance.now() - started < until; n++) {
        running.push(work());
        const due = started + (n + 1) * gap;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      }
      await Promise.all(running);
    })(),
  ];
}

interface Sample {
  seconds: number;
  rssMb: number;
  handles: number;
  calls: number;
  texts: number;
  webhooks: number;
  p99Ms: number;
  errors: number;
  textsSent: number;
}
const samples: Sample[] = [];
const p99 = (list: number[]) =>
  percentile(
    [...list].sort((a, b) => a - b),
    99,
  );
const began = performance.now();
const sampler = setInterval(() => {
  const usage = processUsage(pid);
  samples.push({
    seconds: Math.round((performance.now() - began) / 1000),
    ...usage,
    calls: window.calls,
    texts: window.texts,
    webhooks: window.webhooks.length,
    p99Ms: p99(window.webhooks),
    errors: window.errors,
    textsSent: twilio.messages.length,
  });
  window = fresh();
  const s = samples.at(-1) as Sample;
  console.log(
    `${String(s.seconds).padStart(5)} s  rss ${s.rssMb.toFixed(1).padStart(7)} MB  handles ${String(s.handles).padStart(4)}  calls ${String(s.calls).padStart(5)}  texts in ${String(s.texts).padStart(5)}  webhooks ${String(s.webhooks).padStart(6)}  p99 ${s.p99Ms.toFixed(1).padStart(7)} ms  5xx/errors ${s.errors}  texts sent so far ${s.textsSent}`,
  );
}, sampleEveryMs);

console.log(
  `Soak: ${smoke ? 'smoke run, 6 s' : `${args.minutes} min`}, ${callRate} calls/s and ${textRate} texts/s against the server (pid ${pid}) at ${url}`,
);
await Promise.all([
  ...every(callRate, durationMs, playCall),
  ...every(textRate, durationMs, playText),
]);
clearInterval(sampler);
server.kill('SIGTERM');
await new Promise((resolve) => server.once('exit', resolve));
await twilio.close();
rmSync(dataDir, { recursive: true, force: true });

const errors = samples.reduce((sum, s) => sum + s.errors, 0);
if (smoke) {
  console.log(`Smoke run done: ${samples.length} samples, ${errors} failed webhooks; no verdict.`);
  process.exit(samples.length > 0 && errors === 0 ? 0 : 1);
}
// The first minute warms caches and the JIT; flat means from the second on.
const first = samples[1] ?? samples[0];
const last = samples.at(-1);
if (!first || !last || samples.length < 3) {
  console.log('Too short to judge: run at least 3 minutes.');
  process.exit(2);
}
const memoryGrowth = (last.rssMb - first.rssMb) / first.rssMb;
const handleGrowth = last.handles - first.handles;
const flat = memoryGrowth <= MAX_MEMORY_GROWTH && handleGrowth <= MAX_HANDLE_GROWTH;
console.log(
  `Memory ${first.rssMb.toFixed(1)} -> ${last.rssMb.toFixed(1)} MB (${(memoryGrowth * 100).toFixed(1)}%, at most ${MAX_MEMORY_GROWTH * 100}%), handles ${first.handles} -> ${last.handles} (at most +${MAX_HANDLE_GROWTH}), ${errors} failed webhooks: ${flat && errors === 0 ? 'FLAT' : 'GROWING OR FAILING'}`,
);
process.exit(flat && errors === 0 ? 0 : 1);
