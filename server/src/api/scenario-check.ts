import { runScenarios } from '@ringflow/flow-runtime';
import type { FlowDocument } from '@ringflow/shared';
import { schedulesOf } from '../calls/call-state.js';
import { listScenarios } from '../db/scenarios.js';
import type { ServerDeps } from '../deps.js';
import { ApiError } from './errors.js';
import { CHECK_IN_WORKER_ABOVE } from './flow-check.js';
import { inWorker } from './flow-work.js';

/**
 * Refuses to publish a document that fails one of the flow's scenarios,
 * unless the user has seen the failures and confirmed (409, with the results).
 */
export async function publishScenariosChecked(
  deps: ServerDeps,
  flowId: string,
  document: FlowDocument,
  confirmed: boolean,
): Promise<void> {
  if (confirmed) return;
  const { db } = deps;
  const scenarios = await listScenarios(db, flowId);
  const schedules = await schedulesOf(db, document);
  // A big flow compiles and plays slowly: in a worker, as the run route does.
  const results =
    scenarios.length === 0 || document.nodes.length <= CHECK_IN_WORKER_ABOVE
      ? runScenarios(document, scenarios, schedules)
      : await inWorker(deps, 'run', { document, scenarios, schedules }, 'run its scenarios');
  const failing = results.filter((r) => !r.passed).length;
  if (failing === 0) return;
  throw new ApiError(
    409,
    'scenarios-failing',
    `${failing} of ${results.length} scenarios fail; publish anyway?`,
    undefined,
    { results },
  );
}
