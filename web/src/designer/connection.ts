import { definitionOf, isNodeKind } from '@ringflow/shared';
import { nodeView } from './node-view.js';
import type { DesignerEdge, DesignerNode } from './types.js';

/** A connection being drawn, as React Flow reports it. */
export interface OutcomeConnection {
  source: string;
  sourceHandle?: string | null;
  target: string;
}

/**
 * Whether a connection may be made: from one of the source node's outcomes
 * to a node that can be entered (anything but the incoming call).
 */
export function canConnect(connection: OutcomeConnection, nodes: readonly DesignerNode[]): boolean {
  const source = nodes.find((n) => n.id === connection.source);
  const target = nodes.find((n) => n.id === connection.target);
  if (!source || !target || !connection.sourceHandle) return false;
  if (!isNodeKind(target.type) || definitionOf(target.type).max === 1) return false;
  return nodeView(source.type, source.data).outcomes.some((o) => o.id === connection.sourceHandle);
}

/** The id an edge gets: one per outcome, so it also names the outcome. */
export function edgeId(source: string, sourceHandle: string): string {
  return `${source}:${sourceHandle}`;
}

/**
 * The edges after connecting an outcome: an outcome takes one edge, so an
 * existing edge from the same outcome is replaced.
 *
 * @example
 * connectOutcome(edges, { source: 'menu-1', sourceHandle: '1', target: 'ring-users-1' });
 */
export function connectOutcome(
  edges: readonly DesignerEdge[],
  connection: OutcomeConnection,
): DesignerEdge[] {
  const handle = connection.sourceHandle ?? '';
  const kept = edges.filter((e) => !(e.source === connection.source && e.sourceHandle === handle));
  return [
    ...kept,
    {
      id: edgeId(connection.source, handle),
      source: connection.source,
      sourceHandle: handle,
      target: connection.target,
    },
  ];
}

/**
 * Edges whose outcome no longer exists (a menu option removed) go with it,
 * so the document never points from a handle that is not drawn.
 */
export function pruneEdges(edges: readonly DesignerEdge[], node: DesignerNode): DesignerEdge[] {
  const outcomes = new Set(nodeView(node.type, node.data).outcomes.map((o) => o.id));
  const kept = edges.filter((e) => e.source !== node.id || outcomes.has(e.sourceHandle ?? ''));
  return kept.length === edges.length ? (edges as DesignerEdge[]) : kept;
}
