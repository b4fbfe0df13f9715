import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { designerStore } from './store.js';
import { useDesigner } from './use-designer.js';
import { boxOf } from './use-designer-fit.js';

/** Room kept between the step and the canvas's edge, in screen pixels. */
const MARGIN = 24;

/**
 * Keeps the simulated call's current step in view: the canvas opens at a
 * readable zoom, not shrunk to the whole flow, so a call stepping through a
 * large flow soon reaches steps off the screen. When the current step is not
 * wholly in view, the canvas pans (at the same zoom) to centre it; a step
 * already in view leaves the canvas where the tester put it.
 * Inside the designer's ReactFlowProvider.
 */
export function useFollowCurrent(): void {
  const current = useDesigner((s) => s.trace?.current ?? null);
  const { getViewport, setCenter } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    if (!current || !width || !height) return;
    const node = designerStore.getState().nodes.find((n) => n.id === current);
    if (!node) return;
    const box = boxOf(node);
    const { x, y, zoom } = getViewport();
    const left = box.x * zoom + x;
    const top = box.y * zoom + y;
    const inView =
      left >= MARGIN &&
      top >= MARGIN &&
      left + box.width * zoom <= width - MARGIN &&
      top + box.height * zoom <= height - MARGIN;
    if (inView) return;
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 300 });
  }, [current, width, height, getViewport, setCenter]);
}
