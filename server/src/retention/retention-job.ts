/**
 * @module
 * The daily retention job: one run when the server starts, then one every
 * 24 hours. It runs in the background (never on a webhook's path), and its
 * timer does not keep the process alive.
 */
import { type Leadership, singleProcess, whenLeading } from '../work/leadership.js';
import { type RetentionDeps, runRetention } from './run-retention.js';

export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface RetentionJob {
  /** Stops the timer and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Starts the job; a failed run is logged and the next one tried a day later.
 *
 * @example
 * const retention = startRetentionJob(deps, leadership);
 * // on shutdown:
 * await retention.stop();
 */
export function startRetentionJob(
  deps: RetentionDeps,
  /** Several processes on one PostgreSQL database: only the one leading `retention` runs it. */
  leadership: Leadership = singleProcess(),
): RetentionJob {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = running.then(() =>
      whenLeading(leadership, 'retention', () => runRetention(deps))().then(
        () => undefined,
        (error: unknown) => {
          deps.log.error('retention run failed', {
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          });
        },
      ),
    );
  };
  const timer = setInterval(tick, RETENTION_INTERVAL_MS);
  timer.unref();
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
