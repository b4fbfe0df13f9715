/**
 * @module
 * What `pnpm bench` prints and saves: each figure beside the issue's target
 * for it (ratios to the bare app where the target is one, because absolute
 * figures move from machine to machine), and the machine it ran on.
 */
import { cpus, totalmem } from 'node:os';
import type { Throughput } from './calls.js';

/** Frame times of one gesture on the canvas. */
export interface FrameFigures {
  frames: number;
  fps: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/** What test/e2e/bench-web.ts measures in Chromium. */
export interface WebFigures {
  signInJsGzipBytes: number;
  flowsJsGzipBytes: number;
  nodes: number;
  firstRenderMs: number;
  renderedNodes: number;
  panning: FrameFigures;
  dragging: FrameFigures;
}

export interface Check {
  name: string;
  figure: string;
  target: string;
  met: boolean;
  /** Why this run could not measure the figure; such a check is neither met nor missed. */
  unmeasured?: string;
}

/** The machine and the run, as docs/performance.md quotes them. */
export function machine() {
  const cpu = cpus();
  return {
    cpu: `${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown'}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.POSITIVE_INFINITY);

/**
 * One line per pair of runs (Ringflow and the bare app at the same number of
 * callers). `withIo`, the bare app doing each call's I/O as well, when it ran:
 * its ratio stands beside Ringflow's as the least the same work costs.
 */
export function webhookChecks(server: Throughput, bare: Throughput, withIo?: Throughput): Check[] {
  const n = server.callers;
  const cpu = ratio(server.cpuMsPerWebhook, bare.cpuMsPerWebhook);
  const answering = ratio(server.answeringCpuMsPerWebhook, bare.cpuMsPerWebhook);
  const floor = withIo
    ? `; bare + a call's I/O ${ratio(withIo.cpuMsPerWebhook, bare.cpuMsPerWebhook).toFixed(1)}x`
    : '';
  const rate = ratio(server.webhooksPerSecond, bare.webhooksPerSecond);
  const p99 = ratio(server.p99Ms, bare.p99Ms);
  const checks: Check[] = [
    {
      name: `CPU/webhook, ${n} callers`,
      // With the outbox's work for these calls; during the calls alone, beside it.
      figure: `${ms(server.cpuMsPerWebhook)} = ${cpu.toFixed(1)}x bare (${ms(bare.cpuMsPerWebhook)}); during the calls ${answering.toFixed(1)}x${floor}`,
      target: '<= 2x',
      met: cpu <= 2,
    },
    {
      name: `webhooks/s, ${n} callers`,
      figure: `${server.webhooksPerSecond.toFixed(0)} = ${rate.toFixed(2)} of bare (${bare.webhooksPerSecond.toFixed(0)})`,
      target: '>= 0.6',
      met: rate >= 0.6,
    },
  ];
  if (n >= 50) {
    checks.push({
      name: `p99, ${n} callers`,
      figure: `${ms(server.p99Ms)} = ${p99.toFixed(1)}x bare (${ms(bare.p99Ms)})`,
      target: '<= 2x',
      met: p99 <= 2,
    });
  }
  return checks;
}

/** A check of an absolute figure against an upper or lower bound. */
export function bound(
  name: string,
  value: number,
  unit: string,
  limit: number,
  atMost = true,
): Check {
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return {
    name,
    figure: `${value.toFixed(digits)} ${unit}`,
    target: `${atMost ? '<=' : '>='} ${limit} ${unit}`,
    met: atMost ? value <= limit : value >= limit,
  };
}

/**
 * The throughput runs, a row each. CPU is the Ringflow processes' own,
 * summed over them, over the run and the wait for the work its calls left
 * (the outbox's texts and recording copies); "during calls" is the run
 * alone, and "outbox s" how long that work went on after the last call.
 * PostgreSQL's server (its postmaster and the backends it forked) gets a
 * column of its own.
 */
export function throughputTable(rows: { target: string; run: Throughput }[]): string {
  const head = `${'target'.padEnd(25)} callers  calls  webhooks  errors   webhooks/s   p50 ms   p99 ms   max ms   CPU ms/webhook   during calls   outbox s   PostgreSQL's CPU ms/webhook`;
  const lines = rows.map(({ target, run }) =>
    [
      target.padEnd(25),
      String(run.callers).padStart(7),
      String(run.calls).padStart(6),
      String(run.webhooks).padStart(9),
      String(run.errors).padStart(7),
      run.webhooksPerSecond.toFixed(0).padStart(12),
      run.p50Ms.toFixed(2).padStart(8),
      run.p99Ms.toFixed(2).padStart(8),
      run.maxMs.toFixed(2).padStart(8),
      run.cpuMsPerWebhook.toFixed(3).padStart(16),
      run.answeringCpuMsPerWebhook.toFixed(3).padStart(14),
      run.settleSeconds.toFixed(1).padStart(10),
      (run.databaseCpuMsPerWebhook?.toFixed(3) ?? '-').padStart(29),
    ].join(' '),
  );
  return [head, ...lines].join('\n');
}

/** A run beside the bare app's run at the same callers just before it, as ratios. */
export interface VersusBare {
  target: string;
  callers: number;
  webhooksPerSecond: number;
  p50: number;
  p99: number;
  cpuPerWebhook: number;
  /** The database server's CPU per webhook over the bare app's whole CPU per webhook. */
  databaseCpuPerWebhook?: number;
}

/**
 * Each run that is not the bare app's, divided by the last bare run before it
 * at the same number of callers (the bench measures the bare app just before
 * each group of runs, so both saw the machine in the same state).
 *
 * @example
 * versusBare([{ target: 'bare Hono', run: a }, { target: 'PostgreSQL, 1 process', run: b }]);
 * // [{ target: 'PostgreSQL, 1 process', callers: 10, webhooksPerSecond: 0.5, ... }]
 */
export function versusBare(rows: { target: string; run: Throughput }[]): VersusBare[] {
  return rows.flatMap(({ target, run }, i) => {
    const bare = rows
      .slice(0, i)
      .findLast((r) => r.target === 'bare Hono' && r.run.callers === run.callers)?.run;
    if (target === 'bare Hono' || !bare) return [];
    const db = run.databaseCpuMsPerWebhook;
    return [
      {
        target,
        callers: run.callers,
        webhooksPerSecond: ratio(run.webhooksPerSecond, bare.webhooksPerSecond),
        p50: ratio(run.p50Ms, bare.p50Ms),
        p99: ratio(run.p99Ms, bare.p99Ms),
        cpuPerWebhook: ratio(run.cpuMsPerWebhook, bare.cpuMsPerWebhook),
        ...(db === undefined ? {} : { databaseCpuPerWebhook: ratio(db, bare.cpuMsPerWebhook) }),
      },
    ];
  });
}

/** {@link versusBare}'s ratios, a row each. */
export function versusBareTable(ratios: VersusBare[]): string {
  const x = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)}x`;
  const head = `${'against the bare app'.padEnd(25)} callers   webhooks/s      p50      p99   CPU/webhook   PostgreSQL's CPU/webhook`;
  const lines = ratios.map((r) =>
    [
      r.target.padEnd(25),
      String(r.callers).padStart(7),
      x(r.webhooksPerSecond).padStart(12),
      x(r.p50).padStart(8),
      x(r.p99).padStart(8),
      x(r.cpuPerWebhook).padStart(13),
      (r.databaseCpuPerWebhook === undefined ? '-' : `+${x(r.databaseCpuPerWebhook)}`).padStart(26),
    ].join(' '),
  );
  return [head, ...lines].join('\n');
}

/** The checks, a row each: figure, target, MET or MISSED. */
export function checksTable(checks: Check[], smoke: boolean): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  const figureWidth = Math.max(...checks.map((c) => c.figure.length));
  return checks
    .map(
      (c) =>
        `${c.name.padEnd(width)}  ${c.figure.padEnd(figureWidth)}  (target ${c.target}): ${
          smoke
            ? 'not judged (smoke)'
            : c.unmeasured
              ? `NOT MEASURED (${c.unmeasured})`
              : c.met
                ? 'MET'
                : 'MISSED'
        }`,
    )
    .join('\n');
}
