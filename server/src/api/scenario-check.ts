import { runScenario, type ScenarioResult } from '@ringflow/flow-runtime';
import type { FlowDocument } from '@ringflow/shared';
import { schedulesOf } from '../calls/call-state.js';
import type { Db } from '../db/database.js';
import { listScenarios } from '../db/scenarios.js';
import { ApiError } from './errors.js';

/** Every scenario of a flow, run against `document` with the schedules stored now. */
export function runFlowScenarios(db: Db, flowId: string, document: FlowDocument): ScenarioResult[] {
  const schedules = schedulesOf(db, document);
  return listScenarios(db, flowId).map((s) => runScenario(document, s, schedules));
}

/**
 * Refuses to publish a document that fails one of the flow's scenarios,
 * unless the user has seen the failures and confirmed (409, with the results).
 */
export function publishScenariosChecked(
  db: Db,
  flowId: string,
  document: FlowDocument,
  confirmed: boolean,
): void {
  if (confirmed) return;
  const results = runFlowScenarios(db, flowId, document);
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
