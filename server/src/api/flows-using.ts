import type { FlowNode } from '@ringflow/shared';
import type { Db } from '../db/database.js';
import { listPublishedRevisions } from '../db/flows.js';

/** Whether a node refers to the member or schedule asked about. */
function refersTo(node: FlowNode, ref: { memberId?: string; scheduleId?: string }): boolean {
  if (ref.memberId !== undefined && node.type === 'ring-users') {
    return node.data.targets.some((t) => t.type === 'member' && t.memberId === ref.memberId);
  }
  if (
    ref.scheduleId !== undefined &&
    (node.type === 'business-hours' || node.type === 'auto-reply')
  ) {
    return node.data.scheduleId === ref.scheduleId;
  }
  return false;
}

/**
 * The published flows whose nodes name a team member or a schedule, as
 * `flow "Main" (nodes ring-1, ring-2)`: removing it would break live calls.
 * Drafts do not count; the validator reports the missing reference there.
 *
 * @example
 * flowsUsing(db, { memberId: 'alice' }); // ['flow "Demo: small office" (node ring-team)']
 */
export function flowsUsing(db: Db, ref: { memberId?: string; scheduleId?: string }): string[] {
  return listPublishedRevisions(db).flatMap((revision) => {
    const nodes = revision.document.nodes.filter((node) => refersTo(node, ref)).map((n) => n.id);
    if (nodes.length === 0) return [];
    return [`flow "${revision.flowName}" (node${nodes.length > 1 ? 's' : ''} ${nodes.join(', ')})`];
  });
}
