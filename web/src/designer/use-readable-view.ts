/**
 * @module
 * Fitting the canvas at a readable zoom (lib/readable-view.ts), on opening
 * and from the "fit" control, for the designer and the call page alike.
 */
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { Box } from './lib/geometry.js';
import { readableViewport } from './lib/readable-view.js';

/** The steps' boxes in flow coordinates, and the step to show first when not all fit. */
export type ReadBoxes = () => { boxes: Box[]; anchorId?: string | undefined };

/**
 * A function that moves the view to the readable fit of what `read` returns;
 * it returns false while the canvas has no size yet.
 *
 * @example
 * const fit = useReadableFit(() => ({ boxes: boxesOf(nodes), anchorId: 'start' }));
 * <ControlButton onClick={() => fit()} />
 */
export function useReadableFit(read: ReadBoxes): () => boolean {
  const flow = useStoreApi();
  const { setViewport } = useReactFlow();
  const latest = useRef(read);
  latest.current = read;
  return useCallback(() => {
    const { width, height } = flow.getState();
    const { boxes, anchorId } = latest.current();
    if (!width || !height || boxes.length === 0) return false;
    void setViewport(readableViewport(boxes, anchorId, { width, height }));
    return true;
  }, [flow, setViewport]);
}

/** Runs `fit` once, as soon as the canvas has a size: the view a flow opens with. */
export function useFitOnOpen(fit: () => boolean): void {
  const sized = useStore((s) => s.width > 0 && s.height > 0);
  const done = useRef(false);
  useEffect(() => {
    if (sized && !done.current) done.current = fit();
  }, [sized, fit]);
}
