import { definitionOf, type FlowNode, type NodeKind } from '@ringflow/shared';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { dropPosition, newStepSpot, panToShow } from './drop-position.js';
import { nodeSize } from './lib/layout.js';
import { designerStore } from './store.js';

/** Screen pixels kept clear at the canvas's edges, so a new step is not flush against a panel. */
const MARGIN = 24;

/**
 * Adds a node of a kind at a point on the screen (a drop), or, without one
 * (the palette's keyboard path and click), at the free place nearest the
 * middle of the part of the canvas on screen; when the view is full, next to
 * it, and the view moves to show the new step.
 */
export function useAddNode() {
  const { screenToFlowPosition, getViewport, setViewport } = useReactFlow();
  const flowStore = useStoreApi();
  return useCallback(
    (kind: NodeKind, screen?: { x: number; y: number }) => {
      const store = designerStore.getState();
      if (screen) return store.addNode(kind, dropPosition(screenToFlowPosition(screen)));
      // The canvas element is what is on screen: the palette, settings and findings panels are
      // beside it, not over it.
      const rect = flowStore.getState().domNode?.getBoundingClientRect();
      const size = nodeSize({ type: kind, data: definitionOf(kind).defaults() } as FlowNode);
      if (!rect)
        return store.addNode(kind, newStepSpot({ x: 0, y: 0, ...size }, store.nodes, size));
      const topLeft = screenToFlowPosition(
        { x: rect.left + MARGIN, y: rect.top + MARGIN },
        { snapToGrid: false },
      );
      const bottomRight = screenToFlowPosition(
        { x: rect.right - MARGIN, y: rect.bottom - MARGIN },
        { snapToGrid: false },
      );
      const view = {
        ...topLeft,
        width: bottomRight.x - topLeft.x,
        height: bottomRight.y - topLeft.y,
      };
      const spot = newStepSpot(view, store.nodes, size);
      const id = store.addNode(kind, spot);
      const { dx, dy } = panToShow(view, { ...spot, ...size });
      if (dx || dy) {
        const { x, y, zoom } = getViewport();
        void setViewport({ x: x - dx * zoom, y: y - dy * zoom, zoom });
      }
      return id;
    },
    [screenToFlowPosition, getViewport, setViewport, flowStore],
  );
}
