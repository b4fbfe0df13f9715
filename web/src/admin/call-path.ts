/** The part of a flow document's edges the call path needs. */
export interface PathEdge {
  id: string;
  source: string;
  target: string;
}

export interface HighlightedPath {
  /** Nodes the call went through. */
  nodes: Set<string>;
  /** Edges it followed. */
  edges: Set<string>;
  /** 1-based positions of each node in the path (a loop visits a node more than once). */
  steps: Map<string, number[]>;
}

/**
 * Which nodes and edges of a flow a call went through, from the call's `path`
 * (node ids in order). An edge counts as taken when the path steps straight
 * from its source to its target. Steps without an edge (an auto-reply fired
 * when the caller hung up) highlight the node only.
 *
 * @example
 * highlightPath(['start', 'hours'], [{ id: 'e1', source: 'start', target: 'hours' }]).edges
 * // Set { 'e1' }
 */
export function highlightPath(
  path: readonly string[],
  edges: readonly PathEdge[],
): HighlightedPath {
  const nodes = new Set(path);
  const taken = new Set<string>();
  const steps = new Map<string, number[]>();
  path.forEach((id, i) => {
    steps.set(id, [...(steps.get(id) ?? []), i + 1]);
    const next = path[i + 1];
    if (next === undefined) return;
    // Two outcomes can lead to the same node (menu "1" and "no-input" both to
    // voicemail); the path alone cannot tell them apart, so the first is shown.
    const edge = edges.find((e) => e.source === id && e.target === next);
    if (edge) taken.add(edge.id);
  });
  return { nodes, edges: taken, steps };
}
