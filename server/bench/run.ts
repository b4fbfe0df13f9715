/**
 * @module
 * `pnpm bench`: builds the production server (and the web app), starts it on
 * a fresh data directory beside a bare Hono app that only checks signatures,
 * drives both over real HTTP on 127.0.0.1 with the same caller, and prints
 * each figure beside the target of issue 13; then the same callers against
 * the server on PostgreSQL, as one process and as two on one database
 * (server/bench/postgres.ts; skipped, saying why, without PostgreSQL).
 * Everything measured also goes to bench/results.json. Run on a quiet
 * machine: the caller, the servers and the bare app share its cores, and a
 * busy neighbour moves every figure.
 *
 * Run: pnpm bench                 (about 6 minutes)
 *      pnpm bench --smoke         (seconds: checks the bench works, judges nothing)
 *      pnpm bench --seconds 20 --live 10000 --no-build --no-web --no-postgres --out file.json
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import { playCalls, type Target, type Throughput } from './calls.js';
import { issueChecks } from './checks.js';
import { postgresRows } from './postgres.js';
import {
  buildPackage,
  freePort,
  type Running,
  rssBytes,
  SERVER_DIR,
  serverCommand,
  startProcess,
} from './processes.js';
import {
  checksTable,
  machine,
  throughputTable,
  versusBare,
  versusBareTable,
  type WebFigures,
} from './report.js';
import { databaseBytes, liveCalls, outboxDrained } from './storage.js';

/** test/e2e/bench-web.ts's `webFigures`. */
type WebFigureRun = (
  url: string,
  admin: { email: string; password: string },
  size: number,
  steps: number,
  settleMs: number,
) => Promise<WebFigures>;

/** The throughput runs' targets, as the tables name them. */
const TARGETS = {
  bare: 'bare Hono',
  stored: 'bare Hono + SQLite write',
  io: "bare Hono + a call's I/O",
  server: 'Ringflow, SQLite',
} as const;

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    live: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'no-web': { type: 'boolean', default: false },
    'no-postgres': { type: 'boolean', default: false },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
const smoke = args.smoke;
const seconds = Number(args.seconds ?? (smoke ? 0.5 : 15));
const liveCount = Number(args.live ?? (smoke ? 100 : 10_000));
const REPO = join(SERVER_DIR, '..');
const out = args.out ?? join(REPO, 'bench', 'results.json');
const WEB_INDEX = join(REPO, 'web', 'dist', 'index.html');
const AUTH_TOKEN = 'bench-auth-token';
const ACCOUNT_SID = `AC${'b'.repeat(32)}`;
const ADMIN = { email: 'bench@example.com', password: 'a-long-bench-password' };
const DEMO_NUMBER = '+14155550100';
const began = Date.now();
const say = (line: string) => console.log(line);
/** A progress line, with the seconds since the bench began. */
const step = (line: string) =>
  say(`${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s  ${line}`);

if (!smoke && !args['no-build']) {
  buildPackage('@ringflow/server', 'server', say);
  if (!args['no-web']) buildPackage('@ringflow/web', 'web', say);
}

const twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
const audio = makeWav({ seconds: 2 });
const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-bench-'));
const databaseFile = join(dataDir, 'ringflow.db');
const how = serverCommand();
const serverPort = await freePort();
const serverUrl = `http://127.0.0.1:${serverPort}`;
const startedAt = performance.now();
// --profile DIR: a V8 CPU profile of each server process, written when it stops (open it in Chrome's DevTools).
const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args.profile)}`] : [];
const serverEnv = {
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_API_BASE_URL: twilio.url,
  RINGFLOW_ADMIN_EMAIL: ADMIN.email,
  RINGFLOW_ADMIN_PASSWORD: ADMIN.password,
};
const server = await startProcess(
  [...profile, ...how.args, '--demo'],
  {
    ...serverEnv,
    RINGFLOW_DATA_DIR: dataDir,
    PORT: String(serverPort),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: serverUrl,
  },
  how.command,
);
const startMs = performance.now() - startedAt;
/** The bare app (`bare-app.ts`) on a port of its own; `env` adds to what every copy gets. */
async function startBareApp(label: string, env: Record<string, string> = {}) {
  const port = await freePort();
  return startProcess(
    ['--import', 'tsx', 'bench/bare-app.ts'],
    {
      PORT: String(port),
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    label,
  );
}
const bare = await startBareApp('bare Hono app');
const storeDir = mkdtempSync(join(tmpdir(), 'ringflow-bench-bare-'));
const stored = await startBareApp('bare Hono app + SQLite write', {
  STORE_FILE: join(storeDir, 'webhooks.db'),
});
const ioDir = join(storeDir, 'recordings');
mkdirSync(ioDir);
const withIo = await startBareApp("bare Hono app + a call's I/O", {
  STORE_FILE: join(storeDir, 'io-webhooks.db'),
  CALL_IO: ioDir,
  TWILIO_API_BASE_URL: twilio.url,
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
});

try {
  await new Promise((resolve) => setTimeout(resolve, smoke ? 200 : 2000));
  const idleRss = rssBytes(server.pid);
  say(
    `Server: ${server.command} (pid ${server.pid}), up in ${startMs.toFixed(0)} ms, ${(idleRss / 2 ** 20).toFixed(0)} MB idle`,
  );
  say(
    `Bare app: pid ${bare.pid}; with a SQLite write: pid ${stored.pid}; with a call's I/O: pid ${withIo.pid}. ${seconds} s per run; ${smoke ? 'SMOKE RUN: figures are not measurements' : 'full run'}.`,
  );
  const call = {
    authToken: AUTH_TOKEN,
    to: DEMO_NUMBER,
    recordingUrl: (sid: string) => twilio.recordings.add(sid, audio),
  };
  // The bare apps answer fixed TwiML: their recordings are never fetched.
  const bareTarget = (app: Running): Target => ({
    ...call,
    urls: [app.url],
    publicUrl: app.url,
    pids: [app.pid],
    recordingUrl: () => 'https://example.test/r',
  });
  const targets = {
    server: {
      ...call,
      urls: [server.url],
      publicUrl: server.url,
      pids: [server.pid],
      settled: () => outboxDrained(databaseFile, 120_000),
    },
    bare: bareTarget(bare),
    stored: bareTarget(stored),
    // Its recordings are fetched: real ones, from the fake's store, as Ringflow's.
    io: { ...bareTarget(withIo), recordingUrl: call.recordingUrl },
  } satisfies Record<string, Target>;

  // Warm each up (JIT, caches, SQLite pages) before anything counts: a server runs for days, so
  // what counts is a webhook's cost once V8 has compiled the hot code. Ringflow has far more of it
  // than the bare apps: after 3 s it still spent about a fifth more CPU per webhook than it did from
  // 10 s on. Three rounds each, printed, show whether the last has stopped falling.
  const order = ['bare', 'stored', 'io', 'server'] as const;
  const warmUp: Record<string, number[]> = {};
  for (const name of order) {
    const rounds: number[] = [];
    for (let round = 0; round < 3; round++) {
      rounds.push((await playCalls(targets[name], 10, smoke ? 0.15 : 5)).cpuMsPerWebhook);
    }
    warmUp[TARGETS[name]] = rounds;
    say(
      `Warm-up, ${TARGETS[name]}: ${rounds.map((ms) => ms.toFixed(3)).join(' then ')} ms CPU a webhook`,
    );
  }
  const dbBefore = databaseBytes(databaseFile);

  // Alternating runs: a neighbour that slows the machine for a while hurts both sides.
  const runs: { target: string; run: Throughput }[] = [];
  for (const callers of [10, 50]) {
    for (const name of order) {
      step(`${TARGETS[name]}, ${callers} callers...`);
      runs.push({
        target: TARGETS[name],
        run: await playCalls(targets[name], callers, seconds),
      });
      const settle = runs.at(-1)?.run.settleSeconds ?? 0;
      if (settle > 0) step(`  its outbox finished ${settle.toFixed(1)} s after the calls`);
    }
  }
  const finished = runs
    .filter((r) => r.target === 'Ringflow, SQLite')
    .reduce((sum, r) => sum + r.run.calls, 0);
  // Each Ringflow run waited for its outbox (texts sent, recordings copied): the file is weighed
  // with that work done (a sent row keeps its result, so it weighs more).
  const dbAfter = databaseBytes(databaseFile);
  const bytesPerCall = (dbAfter - dbBefore) / finished;

  step(`${liveCount} calls in progress...`);
  const live = await liveCalls(targets.server, liveCount);
  let web: WebFigures | null = null;
  if (!args['no-web'] && existsSync(WEB_INDEX)) {
    step('the web app in Chromium...');
    // A path in a variable: the browser code is typechecked with the browser tests, not here.
    const module = '../../test/e2e/bench-web.js';
    const { webFigures } = (await import(module)) as { webFigures: WebFigureRun };
    web = await webFigures(server.url, ADMIN, smoke ? 20 : 500, smoke ? 5 : 120, smoke ? 100 : 500);
  } else
    step(args['no-web'] ? 'web app skipped (--no-web)' : 'web app skipped: web/dist is not built');
  await server.stop();
  // After SQLite's runs, with its server stopped; the bare app runs again beside each group.
  const postgres = args['no-postgres']
    ? { skipped: 'PostgreSQL rows skipped (--no-postgres)', rows: [] }
    : await postgresRows({
        how,
        profile,
        env: serverEnv,
        bare: targets.bare,
        call,
        // The smoke only checks that the rows work: one caller count keeps it to seconds.
        callers: smoke ? [10] : [10, 50],
        seconds,
        warmSeconds: smoke ? 0.3 : 3,
        step,
      });
  await bare.stop();
  await stored.stop();
  await withIo.stop();
  // Every call it finished (warm-up included) left its copy: the reference did the I/O it stands for.
  const ioRecordings = readdirSync(ioDir).filter((f) => f.endsWith('.wav')).length;

  step('flow-runtime and auto-replies in-process...');
  // Loaded now, with the servers stopped: compiling it under tsx at the start would slow their start.
  const { autoReplyDecisions, isOpenAtMicros, pathEnumeration, validateAndCompile } = await import(
    './in-process.js'
  );
  const compiles = validateAndCompile(smoke ? [100] : [100, 1000, 2000], smoke ? 1 : 7);
  const paths = pathEnumeration(smoke ? 1 : 7);
  const isOpenAt = isOpenAtMicros(smoke ? 0.1 : 2);
  const decisions = await autoReplyDecisions(smoke ? 2_000 : 100_000, smoke ? 20 : 300);

  const checks = issueChecks({
    runs,
    bytesPerCall,
    live,
    idleRss,
    compiles,
    isOpenAtMicros: isOpenAt.micros,
    web,
  });
  const throughput = [...runs, ...postgres.rows];
  const ratios = versusBare(throughput);
  const errors = throughput.reduce((sum, r) => sum + r.run.errors, 0) + live.errors;

  say('');
  say(throughputTable(throughput));
  say('');
  say(versusBareTable(ratios));
  say(
    `bare Hono + a call's I/O: the bare app with its SQLite write, copying each recording to a file and sending a text before it answers (${ioRecordings} recordings copied): the least the work Ringflow does for a demo call costs.`,
  );
  say(
    postgres.skipped ??
      `CPU: the Ringflow processes' own, summed; PostgreSQL ${postgres.version}'s (its postmaster and backends) apart. 2 processes: each webhook to either at random.`,
  );
  say('');
  say(
    `Database: ${((dbAfter - dbBefore) / 1024).toFixed(0)} KB over ${finished} finished calls (after a WAL checkpoint).`,
  );
  say(
    `Live calls: ${live.calls} rung in ${live.seconds.toFixed(1)} s, RSS ${(live.rssBeforeBytes / 2 ** 20).toFixed(0)} -> ${(live.rssAfterBytes / 2 ** 20).toFixed(0)} MB; ${live.firstHalfPerSecond.toFixed(0)} rings/s in the first half, ${live.secondHalfPerSecond.toFixed(0)} in the second.`,
  );
  for (const c of compiles)
    say(`validate + compile, ${c.shape} of ${c.nodes}: ${c.ms.toFixed(1)} ms`);
  say(
    `paths of ${paths.fixture} (${paths.nodes} nodes): ${paths.paths} in ${paths.ms.toFixed(2)} ms`,
  );
  say(
    `auto-reply decisions with ${decisions.history} messages of history: ${decisions.perSecond.toFixed(0)}/s (${decisions.msEach.toFixed(2)} ms each)`,
  );
  if (web) {
    const f = (x: typeof web.panning) =>
      `${x.fps.toFixed(0)} fps, p50 ${x.p50Ms.toFixed(1)} ms, p95 ${x.p95Ms.toFixed(1)} ms, max ${x.maxMs.toFixed(0)} ms over ${x.frames} frames`;
    say(
      `canvas, ${web.nodes} nodes: first node after ${web.firstRenderMs} ms (${web.renderedNodes} drawn); panning ${f(web.panning)}; dragging ${f(web.dragging)}`,
    );
  }
  say('');
  say(checksTable(checks, smoke));
  say(
    `\nServer: ${server.command}. ${errors} failed webhooks. ${((Date.now() - began) / 1000).toFixed(0)} s in all.`,
  );

  const results = {
    date: new Date().toISOString(),
    smoke,
    machine: machine(),
    server: { command: server.command, bundled: how.bundled, startMs, idleRssBytes: idleRss },
    secondsPerRun: seconds,
    /** CPU ms per webhook of each target's three warm-up rounds (10 callers), before anything counted. */
    warmUp,
    throughput,
    versusBare: ratios,
    callIo: { recordingsCopied: ioRecordings },
    postgres: {
      skipped: postgres.skipped ?? null,
      version: postgres.version ?? null,
      command: postgres.command ?? null,
    },
    database: {
      finishedCalls: finished,
      bytesBefore: dbBefore,
      bytesAfter: dbAfter,
      bytesPerFinishedCall: bytesPerCall,
    },
    liveCalls: live,
    flowRuntime: { validateAndCompile: compiles, paths, isOpenAt },
    autoReplies: decisions,
    web,
    checks,
    errors,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  say(`Wrote ${out}`);
  process.exitCode = errors === 0 ? 0 : 1;
} catch (error) {
  console.error(error);
  console.error(`The server ${server.exit() === null ? 'still runs' : `exited: ${server.exit()}`}`);
  console.error(`Its last lines:\n${server.log.slice(-10).join('\n')}`);
  process.exitCode = 1;
} finally {
  await server.stop();
  await bare.stop();
  await stored.stop();
  await withIo.stop();
  await twilio.close();
  rmSync(storeDir, { recursive: true, force: true });
  if (args.keep) say(`Data directory kept (--keep): ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}
