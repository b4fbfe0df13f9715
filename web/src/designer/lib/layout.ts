/**
 * @module
 * Auto-layout: arranges a flow left to right in the order a call moves
 * through it, with @dagrejs/dagre. Columns and rows leave room between the
 * steps for the edge router's lanes (edge-router.ts), so every edge runs in
 * the open.
 */
import dagre from '@dagrejs/dagre';
import { definitionOf, type FlowNode, isEntryKind } from '@ringflow/shared';
import type { FlowParts } from './flow-parts.js';

/** The grid the canvas snaps to; laid-out nodes land on it too. */
export const GRID = 15;
export const NODE_WIDTH = 240;
/** Between columns: room for several vertical lanes of edges. */
const COLUMN_GAP = 120;
/** Between the steps of one column: room for edges that pass between them. */
const ROW_GAP = 60;
/** Between steps connected to nothing. */
const LOOSE_GAP = 45;

/** About the size a node is drawn at: a header, then one row per outcome handle. */
export function nodeSize(node: FlowNode): { width: number; height: number } {
  const outcomes = definitionOf(node.type).outcomes(node.data).length;
  return { width: NODE_WIDTH, height: 90 + 22 * outcomes };
}

const snap = (value: number) => Math.round(value / GRID) * GRID;

/**
 * Returns `doc` with every node moved to a layered left-to-right layout
 * (top-left positions, snapped to the grid). The same document always gives
 * the same positions; the entry is placed first so it ends up leftmost.
 * Steps connected to nothing go in a compact grid under the rest, starting
 * at the entry's column, instead of one tall column. `sizeOf` gives the
 * steps' sizes (measured ones on the canvas); `nodeSize` estimates them.
 *
 * @example
 * setDocument(autoLayout(document));
 */
export function autoLayout<D extends FlowParts>(
  doc: D,
  sizeOf: (node: FlowNode) => { width: number; height: number } = nodeSize,
): D {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const links = doc.edges.filter(
    (e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target,
  );
  const linked = new Set(links.flatMap((e) => [e.source, e.target]));
  // Steps with no connection at all would pile up in dagre's first column, far below the
  // screen; they get a compact grid of their own under the rest (with the entry, when nothing
  // is connected yet), close enough together to be seen at once.
  const entryAlone = links.length === 0;
  const loose = doc.nodes.filter((n) => !linked.has(n.id) && (entryAlone || !isEntryKind(n.type)));
  const graphed = doc.nodes.filter((n) => !loose.includes(n));

  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir: 'LR',
    nodesep: ROW_GAP,
    ranksep: COLUMN_GAP,
    marginx: 0,
    marginy: 0,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  // Dagre breaks cycles by a depth-first walk in insertion order: starting at the entry
  // keeps the edges out of it pointing forward, so it stays in the first column.
  const ordered = [
    ...graphed.filter((n) => isEntryKind(n.type)),
    ...graphed.filter((n) => !isEntryKind(n.type)),
  ];
  for (const node of ordered) graph.setNode(node.id, sizeOf(node));
  for (const edge of links) graph.setEdge(edge.source, edge.target, {}, edge.id);
  dagre.layout(graph);

  const positions = new Map<string, { x: number; y: number }>();
  let bottom = Number.NEGATIVE_INFINITY;
  for (const node of graphed) {
    const { x, y, width, height } = graph.node(node.id) as Box;
    positions.set(node.id, { x: snap(x - width / 2), y: snap(y - height / 2) });
    bottom = Math.max(bottom, y + height / 2);
  }
  placeLoose(loose, graphed.length ? bottom + ROW_GAP * 2 : 0, positions, sizeOf);
  const nodes = doc.nodes.map((node) => ({
    ...node,
    position: positions.get(node.id) ?? node.position,
  }));
  return { ...doc, nodes };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Unconnected steps in rows of about the square root of their number, from
 * the left edge down; no edge runs between them, so they sit closer than the
 * columns of the graph.
 */
function placeLoose(
  loose: readonly FlowNode[],
  top: number,
  positions: Map<string, { x: number; y: number }>,
  sizeOf: (node: FlowNode) => { width: number; height: number },
) {
  const columns = Math.max(1, Math.ceil(Math.sqrt(loose.length)));
  let y = top;
  for (let row = 0; row * columns < loose.length; row++) {
    const cells = loose.slice(row * columns, (row + 1) * columns);
    cells.forEach((node, i) => {
      positions.set(node.id, { x: i * (NODE_WIDTH + LOOSE_GAP), y: snap(y) });
    });
    y += Math.max(...cells.map((n) => sizeOf(n).height)) + LOOSE_GAP;
  }
}
