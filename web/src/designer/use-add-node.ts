import type { NodeKind } from '@ringflow/shared';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { dropPosition, freeSpot } from './drop-position.js';
import { designerStore } from './store.js';

/**
 * Adds a node of a kind at a point on the screen (a drop), or near the
 * centre of the canvas where it covers no other node (the palette's
 * keyboard path).
 */
export function useAddNode() {
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();
  return useCallback(
    (kind: NodeKind, screen?: { x: number; y: number }) => {
      const store = designerStore.getState();
      if (screen) return store.addNode(kind, dropPosition(screenToFlowPosition(screen)));
      const rect = flowStore.getState().domNode?.getBoundingClientRect();
      const centre = rect
        ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
        : { x: 0, y: 0 };
      return store.addNode(kind, freeSpot(dropPosition(screenToFlowPosition(centre)), store.nodes));
    },
    [screenToFlowPosition, flowStore],
  );
}
