import type { CallView } from '@ringflow/flow-runtime';
import { type FlowDocument, referencedIds, type Schedule } from '@ringflow/shared';
import type { Call } from '../db/calls.js';
import { listSchedulesByIds } from '../db/schedules.js';
import type { Connection } from '../db/sql/connection.js';
import type { CallReply } from './types.js';

/** The reply for a call's step: what to do now, and whom to ring. */
export function replyOf(
  view: CallView,
  step: number,
  addresses: string[],
  call: { from: string; to: string },
): CallReply {
  return {
    step,
    instruction: view.instruction,
    dialAddresses: addresses,
    callerNumber: call.from,
    businessNumber: call.to,
  };
}

/**
 * The columns of a call that a step changes. A finished call keeps its
 * result (path, outcome, texts), which is all the call page and replay read,
 * so its machine snapshot is dropped: it was the largest part of the row.
 */
export function callState(
  view: CallView,
  step: number,
): Pick<Call, 'snapshot' | 'step' | 'status' | 'outcome' | 'result'> {
  return {
    snapshot: view.done ? null : view.snapshot,
    step,
    status: view.done ? 'ended' : 'active',
    outcome: view.result?.outcome ?? null,
    result: view.result,
  };
}

/** The schedules a flow refers to, by id, as the machine's context wants them. */
export async function schedulesOf(
  db: Connection,
  document: FlowDocument,
): Promise<Record<string, Schedule>> {
  const ids = new Set<string>();
  for (const node of document.nodes) {
    for (const id of referencedIds(node).schedules) ids.add(id);
  }
  return Object.fromEntries((await listSchedulesByIds(db, [...ids])).map((s) => [s.id, s]));
}
