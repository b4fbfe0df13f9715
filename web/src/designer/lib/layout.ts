/**
 * @module
 * Auto-layout: arranges a flow left to right in the order a call moves
 * through it, with @dagrejs/dagre.
 */
import dagre from '@dagrejs/dagre';
import { definitionOf, type FlowNode } from '@ringflow/shared';
import type { FlowParts } from './flow-parts.js';

/** The grid the canvas snaps to; laid-out nodes land on it too. */
export const GRID = 15;
export const NODE_WIDTH = 240;

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
 *
 * @example
 * setDocument(autoLayout(document));
 */
export function autoLayout<D extends FlowParts>(doc: D): D {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'LR', nodesep: 45, ranksep: 90, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  // Dagre breaks cycles by a depth-first walk in insertion order: starting at the entry
  // keeps the edges out of it pointing forward, so it stays in the first column.
  const ordered = [
    ...doc.nodes.filter((n) => n.type === 'incoming-call'),
    ...doc.nodes.filter((n) => n.type !== 'incoming-call'),
  ];
  for (const node of ordered) graph.setNode(node.id, nodeSize(node));
  const ids = new Set(doc.nodes.map((n) => n.id));
  for (const edge of doc.edges) {
    if (ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target) {
      graph.setEdge(edge.source, edge.target, {}, edge.id);
    }
  }
  dagre.layout(graph);

  const nodes = doc.nodes.map((node) => {
    const { x, y, width, height } = graph.node(node.id) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    return { ...node, position: { x: snap(x - width / 2), y: snap(y - height / 2) } };
  });
  return { ...doc, nodes };
}
