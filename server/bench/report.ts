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

/** One line per pair of runs (Ringflow and the bare app at the same number of callers). */
export function webhookChecks(server: Throughput, bare: Throughput): Check[] {
  const n = server.callers;
  const cpu = ratio(server.cpuMsPerWebhook, bare.cpuMsPerWebhook);
  const rate = ratio(server.webhooksPerSecond, bare.webhooksPerSecond);
  const p99 = ratio(server.p99Ms, bare.p99Ms);
  const checks: Check[] = [
    {
      name: `CPU/webhook, ${n} callers`,
      figure: `${ms(server.cpuMsPerWebhook)} = ${cpu.toFixed(1)}x bare (${ms(bare.cpuMsPerWebhook)})`,
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

/** The throughput runs, a row each. */
export function throughputTable(rows: { target: string; run: Throughput }[]): string {
  const head =
    'target     callers  calls  webhooks  errors   webhooks/s   p50 ms   p99 ms   max ms   CPU ms/webhook';
  const lines = rows.map(({ target, run }) =>
    [
      target.padEnd(10),
      String(run.callers).padStart(7),
      String(run.calls).padStart(6),
      String(run.webhooks).padStart(9),
      String(run.errors).padStart(7),
      run.webhooksPerSecond.toFixed(0).padStart(12),
      run.p50Ms.toFixed(2).padStart(8),
      run.p99Ms.toFixed(2).padStart(8),
      run.maxMs.toFixed(2).padStart(8),
      run.cpuMsPerWebhook.toFixed(3).padStart(16),
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
