import { definitionOf, type FlowDocument, type FlowNode, isEntryKind } from '@ringflow/shared';

/** A flow seen as a graph: nodes by id and, per node, where each outcome leads. */
export interface FlowGraph {
  nodes: ReadonlyMap<string, FlowNode>;
  /** nodeId -> outcomeId -> target nodeId, for edges whose both ends exist. */
  next: ReadonlyMap<string, ReadonlyMap<string, string>>;
  entry: FlowNode | undefined;
}

/**
 * Indexes a parsed flow. Edges that point nowhere, or leave from an outcome the
 * node does not have, are left out (the validator reports them); when an
 * outcome has several edges, the first one wins, as it does on the canvas.
 */
export function buildGraph(flow: FlowDocument): FlowGraph {
  const nodes = new Map(flow.nodes.map((n) => [n.id, n] as const));
  const next = new Map<string, Map<string, string>>();
  for (const node of flow.nodes) next.set(node.id, new Map());
  for (const edge of flow.edges) {
    const source = nodes.get(edge.source);
    if (!source || !nodes.has(edge.target)) continue;
    if (!outcomeIds(source).includes(edge.sourceHandle)) continue;
    const outs = next.get(source.id);
    if (outs && !outs.has(edge.sourceHandle)) outs.set(edge.sourceHandle, edge.target);
  }
  return { nodes, next, entry: flow.nodes.find((n) => isEntryKind(n.type)) };
}

/** The outcome ids (source handles) a node has, from its kind's definition. */
export function outcomeIds(node: FlowNode): string[] {
  return definitionOf(node.type)
    .outcomes(node.data)
    .map((o) => o.id);
}
