/**
 * @module
 * The canvas's edge routes (lib/edge-routes.ts), computed from what React
 * Flow has measured: each step's box and the place of each handle.
 */
import { type Edge, type InternalNode, Position, useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { EdgeRoutes, RouteRequest } from './lib/edge-routes.js';
import { routeEdges } from './lib/edge-routes.js';
import type { Box } from './lib/geometry.js';

const NONE: EdgeRoutes = new Map();

/** The size a step is drawn at, for one React Flow has not measured yet (off screen). */
export type EstimateSize = (node: InternalNode) => { width: number; height: number };

/**
 * Routes for `edges`, recomputed when `geometry` changes: pass a value that
 * changes when steps move or change size, but not at every frame of a drag
 * (an edge whose ends moved since is drawn plainly until the next routing).
 * Runs after React Flow has taken the new nodes, so it reads their places.
 *
 * @example
 * const routes = useEdgeRoutes(geometryKey(useNodesAtRest()), edges, estimate);
 */
export function useEdgeRoutes(
  geometry: unknown,
  edges: readonly Edge[],
  estimate: EstimateSize,
): EdgeRoutes {
  const flow = useStoreApi();
  const [routes, setRoutes] = useState<EdgeRoutes>(NONE);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `geometry` stands for the node boxes read from the store.
  useEffect(() => {
    const { nodeLookup } = flow.getState();
    const boxes: Box[] = [];
    for (const node of nodeLookup.values()) {
      const size = node.measured.width && node.measured.height ? node.measured : estimate(node);
      const { x, y } = node.internals.positionAbsolute;
      boxes.push({ id: node.id, x, y, width: size.width ?? 0, height: size.height ?? 0 });
    }
    const requests: RouteRequest[] = [];
    for (const edge of edges) {
      const source = nodeLookup.get(edge.source);
      const target = nodeLookup.get(edge.target);
      const out = source?.internals.handleBounds?.source?.find((h) => h.id === edge.sourceHandle);
      const into = target?.internals.handleBounds?.target?.[0];
      if (!source || !target || !out || !into) continue;
      const s = source.internals.positionAbsolute;
      const t = target.internals.positionAbsolute;
      // Where React Flow puts the ends of an edge between a right and a left handle.
      const from = {
        x: s.x + out.x + (out.position === Position.Right ? out.width : 0),
        y: s.y + out.y + out.height / 2,
      };
      const to = { x: t.x + into.x, y: t.y + into.y + into.height / 2 };
      requests.push({ id: edge.id, from, to });
    }
    setRoutes(routeEdges(boxes, requests));
  }, [geometry, edges, estimate, flow]);
  return routes;
}

/**
 * A key that changes when a step moves, appears, goes or changes size: the
 * `geometry` of `useEdgeRoutes` for a canvas whose nodes carry `measured`.
 */
export function geometryKey(
  nodes: readonly {
    id: string;
    position: { x: number; y: number };
    measured?: { width?: number; height?: number };
  }[],
): string {
  return nodes
    .map(
      (n) => `${n.id}:${n.position.x},${n.position.y},${n.measured?.width},${n.measured?.height}`,
    )
    .join('|');
}
