/**
 * @module
 * Flow-sized work from a route, off the event loop: the job runs in the
 * worker pool and its limits are answered in the API's error shape (503,
 * "This flow is too large to generate scenarios within 30 s").
 */
import type { ServerDeps } from '../deps.js';
import type { JobInput, JobKind, JobOutput } from '../work/jobs.js';
import { FlowWorkPool, WorkBusyError, WorkTimeoutError } from '../work/pool.js';
import { ApiError } from './errors.js';

let shared: FlowWorkPool | undefined;

/** The pool the deps bring, or the process's own (two workers, started on first use). */
function flowWork(deps: ServerDeps): FlowWorkPool {
  if (deps.flowWork) return deps.flowWork;
  shared ??= new FlowWorkPool();
  return shared;
}

/**
 * Starts the process's pool before the first job (at start-up), when its
 * worker needs it (see `FlowWorkPool.warm`).
 *
 * @example
 * warmFlowWork(deps);
 */
export function warmFlowWork(deps: ServerDeps): void {
  flowWork(deps).warm();
}

/**
 * Runs `kind` in a worker; `doing` completes "This flow is too large to …".
 *
 * @example
 * const { scenarios } = await inWorker(deps, 'generate', job, 'generate scenarios for');
 */
export async function inWorker<K extends JobKind>(
  deps: ServerDeps,
  kind: K,
  input: JobInput<K>,
  doing: string,
): Promise<JobOutput<K>> {
  try {
    return await flowWork(deps).run(kind, input);
  } catch (error) {
    if (error instanceof WorkTimeoutError) {
      throw new ApiError(
        503,
        'flow_too_large',
        `This flow is too large to ${doing} within ${error.seconds} s`,
      );
    }
    if (error instanceof WorkBusyError) throw new ApiError(503, 'busy', error.message);
    throw error;
  }
}
