/**
 * @module
 * A drag sends React Flow a position change every frame. Work that positions
 * cannot change — validation, scenario coverage, the document a revision is
 * compared with — should not run again for each of them on a 500-node flow.
 */
import { useRef } from 'react';
import { selectEdges, selectMeta, selectNodes } from './selectors.js';
import type { DesignerState } from './store-state.js';
import { useDesigner } from './use-designer.js';

export type GraphParts = Pick<DesignerState, 'meta' | 'nodes' | 'edges'>;

/**
 * Whether `next` differs from `previous` only by where nodes are. React Flow
 * gives a moved node a new object but keeps its `data`.
 *
 * @example
 * designerStore.subscribe((s, previous) => { if (!onlyMoved(s, previous)) check(s); });
 */
export function onlyMoved(next: GraphParts, previous: GraphParts): boolean {
  if (next.meta !== previous.meta || next.edges !== previous.edges) return false;
  if (next.nodes.length !== previous.nodes.length) return false;
  return next.nodes.every((node, i) => {
    const before = previous.nodes[i];
    return before !== undefined && node.id === before.id && node.data === before.data;
  });
}

/**
 * The draft's meta, nodes and edges, kept as they were while nodes only
 * move: a `useMemo` on them recomputes for edits, not for every frame of a drag.
 *
 * @example
 * const graph = useGraphIgnoringMoves();
 * const coverage = useMemo(() => coverageOf(toDocument(graph.meta, graph.nodes, graph.edges)), [graph]);
 */
export function useGraphIgnoringMoves(): GraphParts {
  const meta = useDesigner(selectMeta);
  const nodes = useDesigner(selectNodes);
  const edges = useDesigner(selectEdges);
  const kept = useRef<GraphParts>({ meta, nodes, edges });
  const next = { meta, nodes, edges };
  if (!onlyMoved(next, kept.current)) kept.current = next;
  return kept.current;
}

/**
 * The nodes as they were when no node was being dragged: during a drag it
 * keeps the nodes from before it, and the drag's last change (a node let go)
 * gives the new ones. For what should follow moves, but not every frame.
 *
 * @example
 * const nodes = useNodesAtRest();
 * const draft = useMemo(() => toDocument(meta, nodes, edges), [meta, nodes, edges]);
 */
export function useNodesAtRest(): DesignerState['nodes'] {
  const nodes = useDesigner(selectNodes);
  const kept = useRef(nodes);
  if (!nodes.some((n) => n.dragging)) kept.current = nodes;
  return kept.current;
}
