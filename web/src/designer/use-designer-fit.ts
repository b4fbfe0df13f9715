import { isEntryKind } from '@ringflow/shared';
import { useCallback } from 'react';
import type { Box } from './lib/geometry.js';
import { nodeSize } from './lib/layout.js';
import { designerStore } from './store.js';
import type { DesignerNode } from './types.js';
import { useReadableFit } from './use-readable-view.js';

/** A step's box as the designer holds it: its measured size, or the size it will about have. */
export function boxOf(node: DesignerNode): Box {
  const { width, height } =
    node.measured?.width && node.measured.height
      ? { width: node.measured.width, height: node.measured.height }
      : nodeSize(node as unknown as Parameters<typeof nodeSize>[0]);
  return { id: node.id, x: node.position.x, y: node.position.y, width, height };
}

const readDraft = () => {
  const { nodes } = designerStore.getState();
  return {
    boxes: nodes.map(boxOf),
    anchorId: nodes.find((n) => isEntryKind(n.type))?.id,
  };
};

/**
 * Fits the designer's canvas to the draft at a readable zoom, from the
 * draft's positions as they are now (right after an auto-layout too).
 * Inside the designer's ReactFlowProvider.
 *
 * @example
 * const fit = useDesignerFit();
 * onLayout={() => { layOut(designerStore.getState()); fit(); }}
 */
export function useDesignerFit(): () => boolean {
  return useReadableFit(useCallback(readDraft, []));
}
