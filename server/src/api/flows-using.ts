import { type FlowDocument, type FlowNode, referencedIds } from '@ringflow/shared';
import { getFlow, listFlows, listPublishedRevisions } from '../db/flows.js';
import type { Connection } from '../db/sql/connection.js';

/** Whether a node refers to the member or schedule asked about, as its kind's definition says. */
function refersTo(node: FlowNode, ref: { memberId?: string; scheduleId?: string }): boolean {
  const ids = referencedIds(node);
  return (
    (ref.memberId !== undefined && ids.members.includes(ref.memberId)) ||
    (ref.scheduleId !== undefined && ids.schedules.includes(ref.scheduleId))
  );
}

/**
 * The published flows whose nodes name a team member or a schedule, as
 * `flow "Main" (nodes ring-1, ring-2)`: removing it would break live calls.
 * Drafts do not count; the validator reports the missing reference there.
 *
 * @example
 * flowsUsing(db, { memberId: 'alice' }); // ['flow "Demo: small office" (node ring-team)']
 */
export async function flowsUsing(
  db: Connection,
  ref: { memberId?: string; scheduleId?: string },
): Promise<string[]> {
  return (await listPublishedRevisions(db)).flatMap((revision) => {
    const nodes = revision.document.nodes.filter((node) => refersTo(node, ref)).map((n) => n.id);
    if (nodes.length === 0) return [];
    return [`flow "${revision.flowName}" (node${nodes.length > 1 ? 's' : ''} ${nodes.join(', ')})`];
  });
}

/**
 * Every greeting that a published revision or a draft plays, with who plays
 * it: `flow "Main" (node vm)`, `flow "Main" (draft, nodes menu, vm)`. A
 * greeting missing from the map is used by nobody.
 *
 * @example
 * greetingsInUse(db).get('greet_x'); // ['flow "Demo: small office" (node voicemail)']
 */
export async function greetingsInUse(db: Connection): Promise<Map<string, string[]>> {
  const usage = new Map<string, string[]>();
  const note = (document: FlowDocument, label: (nodes: string) => string) => {
    const nodesOf = new Map<string, string[]>();
    for (const node of document.nodes) {
      for (const id of referencedIds(node).greetings)
        nodesOf.set(id, [...(nodesOf.get(id) ?? []), node.id]);
    }
    for (const [id, nodes] of nodesOf) {
      const list = `node${nodes.length > 1 ? 's' : ''} ${nodes.join(', ')}`;
      usage.set(id, [...(usage.get(id) ?? []), label(list)]);
    }
  };
  for (const revision of await listPublishedRevisions(db)) {
    note(revision.document, (nodes) => `flow "${revision.flowName}" (${nodes})`);
  }
  for (const summary of await listFlows(db)) {
    const flow = await getFlow(db, summary.id);
    if (flow) note(flow.draft, (nodes) => `flow "${flow.name}" (draft, ${nodes})`);
  }
  return usage;
}
