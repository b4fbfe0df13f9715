import { BaseEdge, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import { type EdgeRoutes, fitsEnds, pathOf } from './lib/edge-routes.js';

/** The routes of the canvas's edges by id (use-edge-routes.ts), for the edges to draw. */
export const EdgeRoutesContext = createContext<EdgeRoutes>(new Map());

/**
 * An edge drawn along its route around the steps. While its ends move (a
 * step being dragged) or when no route exists, it is drawn as a plain
 * right-angled line until the canvas routes it again.
 */
function RoutedEdgeImpl({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  style,
  interactionWidth,
}: EdgeProps) {
  const route = useContext(EdgeRoutesContext).get(id);
  const routed =
    route !== undefined && fitsEnds(route, { x: sourceX, y: sourceY }, { x: targetX, y: targetY });
  const path = routed
    ? pathOf(route)
    : getSmoothStepPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition })[0];
  return (
    <BaseEdge
      path={path}
      markerEnd={markerEnd}
      style={style}
      interactionWidth={interactionWidth}
      data-routed={routed}
    />
  );
}

export const RoutedEdge = memo(RoutedEdgeImpl);

/** Edge types for `<ReactFlow edgeTypes>`, declared once: a new object would re-create every edge. */
export const edgeTypes = { routed: RoutedEdge };
