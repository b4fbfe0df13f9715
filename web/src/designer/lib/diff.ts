/**
 * @module
 * What changed between two versions of a flow, by node id, so the canvas can
 * mark nodes added, removed, changed or only moved.
 */
import type { FlowEdge } from '@ringflow/shared';
import type { FlowParts } from './flow-parts.js';
import { stableStringify } from './stable-json.js';

export interface FlowDiff {
  /** Node ids only in `after`. */
  added: string[];
  /** Node ids only in `before`. */
  removed: string[];
  /** Node ids in both whose kind, data or outgoing connections differ. */
  changed: string[];
  /** Node ids in both that only changed position. */
  moved: string[];
  /** Ids (from `after`) of connections `before` did not have. */
  edgesAdded: string[];
  /** Ids (from `before`) of connections `after` no longer has. */
  edgesRemoved: string[];
}

/** An edge is the same connection whatever its id: same outcome to the same node. */
function edgeKey(edge: FlowEdge): string {
  return `${edge.source}\u0000${edge.sourceHandle}\u0000${edge.target}`;
}

function outgoing(doc: FlowParts): Map<string, string[]> {
  const byNode = new Map<string, string[]>();
  for (const edge of doc.edges) {
    byNode.set(edge.source, [...(byNode.get(edge.source) ?? []), edgeKey(edge)]);
  }
  for (const keys of byNode.values()) keys.sort();
  return byNode;
}

/**
 * Compares two versions of a flow node by node. A node whose position alone
 * differs is `moved`, not `changed`; one that changed and moved is `changed`.
 * Lists follow document order (`after`'s, then `before`'s for removals).
 *
 * @example
 * const diff = diffDocuments(revision.document, draft);
 * // { added: ['voicemail-2'], removed: [], changed: ['ring-users-1'], moved: [], ... }
 */
export function diffDocuments(before: FlowParts, after: FlowParts): FlowDiff {
  const old = new Map(before.nodes.map((n) => [n.id, n] as const));
  const now = new Set(after.nodes.map((n) => n.id));
  const outBefore = outgoing(before);
  const outAfter = outgoing(after);
  const diff: FlowDiff = {
    added: [],
    removed: before.nodes.filter((n) => !now.has(n.id)).map((n) => n.id),
    changed: [],
    moved: [],
    edgesAdded: [],
    edgesRemoved: [],
  };
  for (const node of after.nodes) {
    const was = old.get(node.id);
    if (!was) {
      diff.added.push(node.id);
      continue;
    }
    const sameEdges =
      (outBefore.get(node.id) ?? []).join('\n') === (outAfter.get(node.id) ?? []).join('\n');
    if (
      was.type !== node.type ||
      stableStringify(was.data) !== stableStringify(node.data) ||
      !sameEdges
    ) {
      diff.changed.push(node.id);
    } else if (was.position.x !== node.position.x || was.position.y !== node.position.y) {
      diff.moved.push(node.id);
    }
  }
  const keysBefore = new Set(before.edges.map(edgeKey));
  const keysAfter = new Set(after.edges.map(edgeKey));
  diff.edgesAdded = after.edges.filter((e) => !keysBefore.has(edgeKey(e))).map((e) => e.id);
  diff.edgesRemoved = before.edges.filter((e) => !keysAfter.has(edgeKey(e))).map((e) => e.id);
  return diff;
}

/**
 * One line for the revisions panel, naming only what is there.
 *
 * @example
 * diffSummary(diff); // '2 added · 1 removed · 3 changed'
 * diffSummary(diffDocuments(doc, doc)); // 'No differences'
 */
export function diffSummary(diff: FlowDiff): string {
  const parts = [
    diff.added.length ? `${diff.added.length} added` : '',
    diff.removed.length ? `${diff.removed.length} removed` : '',
    diff.changed.length ? `${diff.changed.length} changed` : '',
    diff.moved.length ? `${diff.moved.length} moved` : '',
  ].filter(Boolean);
  if (parts.length) return parts.join(' · ');
  // A changed connection marks its source node; only a dangling edge (no source) lands here.
  const edges = diff.edgesAdded.length + diff.edgesRemoved.length;
  if (edges) return `${edges} connection${edges === 1 ? '' : 's'} changed`;
  return 'No differences';
}
