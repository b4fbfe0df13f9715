import type { FlowDocument, FlowNode } from '@ringflow/shared';
import type { Db } from '../db/database.js';
import { getFlow, listFlows, listPublishedRevisions } from '../db/flows.js';

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

/**
 * The greeting ids a node's data plays, wherever they sit: any
 * `{ type: 'audio', greetingId }` prompt, so a new node kind with prompts
 * needs no change here.
 */
function greetingsOf(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) greetingsOf(item, found);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.type === 'audio' && typeof record.greetingId === 'string') {
      found.add(record.greetingId);
    }
    for (const item of Object.values(record)) greetingsOf(item, found);
  }
  return found;
}

/**
 * Every greeting that a published revision or a draft plays, with who plays
 * it: `flow "Main" (node vm)`, `flow "Main" (draft, nodes menu, vm)`. A
 * greeting missing from the map is used by nobody.
 *
 * @example
 * greetingsInUse(db).get('greet_x'); // ['flow "Demo: small office" (node voicemail)']
 */
export function greetingsInUse(db: Db): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  const note = (document: FlowDocument, label: (nodes: string) => string) => {
    const nodesOf = new Map<string, string[]>();
    for (const node of document.nodes) {
      for (const id of greetingsOf(node.data))
        nodesOf.set(id, [...(nodesOf.get(id) ?? []), node.id]);
    }
    for (const [id, nodes] of nodesOf) {
      const list = `node${nodes.length > 1 ? 's' : ''} ${nodes.join(', ')}`;
      usage.set(id, [...(usage.get(id) ?? []), label(list)]);
    }
  };
  for (const revision of listPublishedRevisions(db)) {
    note(revision.document, (nodes) => `flow "${revision.flowName}" (${nodes})`);
  }
  for (const summary of listFlows(db)) {
    const flow = getFlow(db, summary.id);
    if (flow) note(flow.draft, (nodes) => `flow "${flow.name}" (draft, ${nodes})`);
  }
  return usage;
}
