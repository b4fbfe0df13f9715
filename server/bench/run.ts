/**
 * @module
 * `pnpm bench`: builds the production server (and the web app), starts it on
 * a fresh data directory beside a bare Hono app that only checks signatures,
 * drives both over real HTTP on 127.0.0.1 with the same caller, and prints
 * each figure beside the target of issue 13; everything measured also goes
 * to bench/results.json. Run on a quiet machine: the caller, the server and
 * the bare app share its cores, and a busy neighbour moves every figure.
 *
 * Run: pnpm bench                 (about 4 minutes)
 *      pnpm bench --smoke         (seconds: checks the bench works, judges nothing)
 *      pnpm bench --seconds 20 --live 10000 --no-build --no-web --out file.json
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { makeWav } from '../../test/fakes/wav.js';
import { playCalls, type Target, type Throughput } from './calls.js';
import { freePort, rssBytes, SERVER_DIR, serverCommand, startProcess } from './processes.js';
import {
  bound,
  type Check,
  checksTable,
  machine,
  throughputTable,
  type WebFigures,
  webhookChecks,
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

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    live: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'no-web': { type: 'boolean', default: false },
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

/** Runs a package's build script, when it has one; says so either way. */
function build(pkg: string, dir: string): void {
  const scripts = JSON.parse(readFileSync(join(REPO, dir, 'package.json'), 'utf8')).scripts ?? {};
  if (!scripts.build) {
    say(`${pkg} has no build script: not built`);
    return;
  }
  say(`Building ${pkg}...`);
  const result = spawnSync('pnpm', ['--filter', pkg, 'run', 'build'], {
    cwd: REPO,
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error(`pnpm --filter ${pkg} run build failed`);
}

if (!smoke && !args['no-build']) {
  build('@ringflow/server', 'server');
  if (!args['no-web']) build('@ringflow/web', 'web');
}

const twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
const audio = makeWav({ seconds: 2 });
const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-bench-'));
const databaseFile = join(dataDir, 'ringflow.db');
const how = serverCommand();
const serverPort = await freePort();
const serverUrl = `http://127.0.0.1:${serverPort}`;
const startedAt = performance.now();
// --profile DIR: a V8 CPU profile of the server, written when it stops (open it in Chrome's DevTools).
const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args.profile)}`] : [];
const server = await startProcess(
  [...profile, ...how.args, '--demo'],
  {
    RINGFLOW_DATA_DIR: dataDir,
    PORT: String(serverPort),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: serverUrl,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_API_BASE_URL: twilio.url,
    RINGFLOW_ADMIN_EMAIL: ADMIN.email,
    RINGFLOW_ADMIN_PASSWORD: ADMIN.password,
  },
  how.command,
);
const startMs = performance.now() - startedAt;
const barePort = await freePort();
const bare = await startProcess(
  ['--import', 'tsx', 'bench/bare-app.ts'],
  {
    PORT: String(barePort),
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    PUBLIC_BASE_URL: `http://127.0.0.1:${barePort}`,
  },
  'bare Hono app',
);

try {
  await new Promise((resolve) => setTimeout(resolve, smoke ? 200 : 2000));
  const idleRss = rssBytes(server.pid);
  say(
    `Server: ${server.command} (pid ${server.pid}), up in ${startMs.toFixed(0)} ms, ${(idleRss / 2 ** 20).toFixed(0)} MB idle`,
  );
  say(
    `Bare app: pid ${bare.pid}. ${seconds} s per run; ${smoke ? 'SMOKE RUN: figures are not measurements' : 'full run'}.`,
  );
  const targets = {
    server: {
      url: server.url,
      pid: server.pid,
      authToken: AUTH_TOKEN,
      to: DEMO_NUMBER,
      recordingUrl: (sid: string) => twilio.recordings.add(sid, audio),
    },
    bare: {
      url: bare.url,
      pid: bare.pid,
      authToken: AUTH_TOKEN,
      to: DEMO_NUMBER,
      recordingUrl: () => 'https://example.test/r',
    },
  } satisfies Record<string, Target>;

  // Warm both up (JIT, caches, SQLite pages) before anything counts.
  await playCalls(targets.bare, 10, smoke ? 0.3 : 3);
  await playCalls(targets.server, 10, smoke ? 0.3 : 3);
  const dbBefore = databaseBytes(databaseFile);

  // Alternating runs: a neighbour that slows the machine for a while hurts both sides.
  const runs: { target: string; run: Throughput }[] = [];
  for (const callers of [10, 50]) {
    for (const name of ['bare', 'server'] as const) {
      step(`${name}, ${callers} callers...`);
      runs.push({
        target: name === 'bare' ? 'bare Hono' : 'Ringflow',
        run: await playCalls(targets[name], callers, seconds),
      });
    }
  }
  const finished = runs
    .filter((r) => r.target === 'Ringflow')
    .reduce((sum, r) => sum + r.run.calls, 0);
  // The outbox copies recordings and sends texts after the calls: the file is weighed, and the
  // browser run, once it has finished (a sent row keeps its result, so it weighs more).
  const drained = await outboxDrained(databaseFile, smoke ? 10_000 : 120_000);
  step(
    drained === null
      ? 'the outbox still had work due after the wait; weighing the file anyway'
      : `outbox drained ${(drained / 1000).toFixed(1)} s after the last call`,
  );
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
  await bare.stop();

  step('flow-runtime and auto-replies in-process...');
  // Loaded now, with the servers stopped: compiling it under tsx at the start would slow their start.
  const { autoReplyDecisions, isOpenAtMicros, pathEnumeration, validateAndCompile } = await import(
    './in-process.js'
  );
  const compiles = validateAndCompile(smoke ? [100] : [100, 1000, 2000], smoke ? 1 : 7);
  const paths = pathEnumeration(smoke ? 1 : 7);
  const isOpenAt = isOpenAtMicros(smoke ? 0.1 : 2);
  const decisions = await autoReplyDecisions(smoke ? 2_000 : 100_000, smoke ? 20 : 300);

  const checks: Check[] = [];
  for (const callers of [10, 50]) {
    const of = (t: string) =>
      runs.find((r) => r.target === t && r.run.callers === callers)?.run as Throughput;
    checks.push(...webhookChecks(of('Ringflow'), of('bare Hono')));
  }
  checks.push(
    bound('database per finished call', bytesPerCall / 1024, 'KB', 4),
    liveMemoryCheck(live),
    bound('server memory at idle', idleRss / 2 ** 20, 'MB', 100),
  );
  const compile1000 = Math.max(...compiles.filter((c) => c.nodes === 1000).map((c) => c.ms));
  if (Number.isFinite(compile1000))
    checks.push(bound('validate + compile 1,000 nodes', compile1000, 'ms', 100));
  checks.push(bound('isOpenAt', isOpenAt.micros, 'µs', 20));
  if (web) {
    checks.push(
      bound(`canvas fps dragging, ${web.nodes} nodes`, web.dragging.fps, 'fps', 50, false),
      bound('sign-in page JS, gzipped', web.signInJsGzipBytes / 1024, 'KB', 150),
      bound('flows page JS, gzipped', web.flowsJsGzipBytes / 1024, 'KB', 150),
    );
  }
  const errors = runs.reduce((sum, r) => sum + r.run.errors, 0) + live.errors;

  say('');
  say(throughputTable(runs));
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
    throughput: runs,
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
  await twilio.close();
  if (args.keep) say(`Data directory kept (--keep): ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Memory per live call, from the server's resident size before and after the
 * calls rang. The collector may free what earlier phases left while they ring,
 * and then the size falls: that run says nothing about the calls, and says so.
 */
function liveMemoryCheck(live: Awaited<ReturnType<typeof liveCalls>>): Check {
  const check = bound('server memory per live call', live.bytesPerLiveCall / 1024, 'KB', 5);
  if (live.bytesPerLiveCall >= 0) return check;
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return {
    ...check,
    met: false,
    unmeasured: `resident size fell ${mb(live.rssBeforeBytes)} -> ${mb(live.rssAfterBytes)} MB: earlier phases' garbage collected meanwhile`,
  };
}
