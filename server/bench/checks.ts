/**
 * @module
 * The targets of issue 13 that `pnpm bench` judges, each from the figures of
 * one run: SQLite's throughput beside the bare app's, the database and
 * memory per call, the flow runtime and the web app.
 */
import type { Throughput } from './calls.js';
import type { CompileFigure } from './in-process.js';
import { bound, type Check, type WebFigures, webhookChecks } from './report.js';
import type { LiveCalls } from './storage.js';

export interface RunFigures {
  /** SQLite's throughput runs and the bare app's beside them. */
  runs: { target: string; run: Throughput }[];
  bytesPerCall: number;
  live: LiveCalls;
  idleRss: number;
  compiles: CompileFigure[];
  isOpenAtMicros: number;
  web: WebFigures | null;
}

/**
 * Every check of a run, in the order the bench prints them.
 *
 * @example
 * console.log(checksTable(issueChecks(figures), false));
 */
export function issueChecks(f: RunFigures): Check[] {
  const checks: Check[] = [];
  for (const callers of [10, 50]) {
    const of = (t: string) => f.runs.find((r) => r.target === t && r.run.callers === callers)?.run;
    checks.push(
      ...webhookChecks(
        of('Ringflow, SQLite') as Throughput,
        of('bare Hono') as Throughput,
        of("bare Hono + a call's I/O"),
      ),
    );
  }
  checks.push(
    bound('database per finished call', f.bytesPerCall / 1024, 'KB', 4),
    liveMemoryCheck(f.live),
    bound('server memory at idle', f.idleRss / 2 ** 20, 'MB', 100),
  );
  const compile1000 = Math.max(...f.compiles.filter((c) => c.nodes === 1000).map((c) => c.ms));
  if (Number.isFinite(compile1000))
    checks.push(bound('validate + compile 1,000 nodes', compile1000, 'ms', 100));
  checks.push(bound('isOpenAt', f.isOpenAtMicros, 'µs', 20));
  if (f.web) {
    checks.push(
      bound(`canvas fps dragging, ${f.web.nodes} nodes`, f.web.dragging.fps, 'fps', 50, false),
      bound('sign-in page JS, gzipped', f.web.signInJsGzipBytes / 1024, 'KB', 150),
      bound('flows page JS, gzipped', f.web.flowsJsGzipBytes / 1024, 'KB', 150),
    );
  }
  return checks;
}

/**
 * Memory per live call, from the server's resident size before and after the
 * calls rang. The collector may free what earlier phases left while they ring,
 * and then the size falls: that run says nothing about the calls, and says so.
 */
function liveMemoryCheck(live: LiveCalls): Check {
  const check = bound('server memory per live call', live.bytesPerLiveCall / 1024, 'KB', 5);
  if (live.bytesPerLiveCall >= 0) return check;
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  return {
    ...check,
    met: false,
    unmeasured: `resident size fell ${mb(live.rssBeforeBytes)} -> ${mb(live.rssAfterBytes)} MB: earlier phases' garbage collected meanwhile`,
  };
}
