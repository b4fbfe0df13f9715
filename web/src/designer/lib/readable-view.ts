/**
 * @module
 * Where the canvas looks when it opens or is fitted: the whole flow when it
 * fits at a zoom where its words can be read, otherwise the flow from its
 * entry at that zoom, to be panned, rather than a thumbnail of it.
 */
import { type Box, boundsOf } from './geometry.js';

/** The smallest words of a step on the canvas, its outcome labels (designer.css), in CSS px. */
export const SMALLEST_LABEL_PX = 12;
/** No label is shown smaller than this on screen. */
export const MIN_LABEL_ON_SCREEN_PX = 11;
/** The least zoom that keeps every label readable: 11/12, about 92%. */
export const READABLE_ZOOM = MIN_LABEL_ON_SCREEN_PX / SMALLEST_LABEL_PX;
/** Fitting never enlarges beyond the steps' own size. */
const MAX_FIT_ZOOM = 1;
/** Space between the flow and the canvas's sides, in screen pixels. */
const PADDING = 40;

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * The viewport for `boxes` on a pane of `pane` pixels: the whole flow,
 * centred, when it fits at `READABLE_ZOOM` or more (up to 100%); otherwise
 * `READABLE_ZOOM` with the step `anchorId` (the entry) at the left and, when
 * the flow is too tall as well, its middle at mid-height (without empty space
 * above the flow's top or below its bottom).
 *
 * @example
 * setViewport(readableViewport(boxes, 'start', { width: 900, height: 600 }));
 */
export function readableViewport(
  boxes: readonly Box[],
  anchorId: string | undefined,
  pane: { width: number; height: number },
): Viewport {
  const bounds = boundsOf(boxes);
  if (!bounds) return { x: 0, y: 0, zoom: 1 };
  const room = { width: pane.width - 2 * PADDING, height: pane.height - 2 * PADDING };
  const fit = Math.min(
    room.width / Math.max(bounds.width, 1),
    room.height / Math.max(bounds.height, 1),
    MAX_FIT_ZOOM,
  );
  const zoom = Math.max(fit, READABLE_ZOOM);
  const anchor = boxes.find((b) => b.id === anchorId) ?? bounds;
  const along = (
    start: number,
    size: number,
    paneSize: number,
    anchorStart: number,
    anchorMid: number,
    alignStart: boolean,
  ) => {
    if (size * zoom <= paneSize - 2 * PADDING) return paneSize / 2 - (start + size / 2) * zoom;
    if (alignStart) return PADDING - anchorStart * zoom;
    const centred = paneSize / 2 - anchorMid * zoom;
    // Not past the flow's first or last row: no empty band where steps could be shown.
    return Math.min(
      Math.max(centred, paneSize - PADDING - (start + size) * zoom),
      PADDING - start * zoom,
    );
  };
  return {
    x: along(bounds.x, bounds.width, pane.width, anchor.x, anchor.x + anchor.width / 2, true),
    y: along(bounds.y, bounds.height, pane.height, anchor.y, anchor.y + anchor.height / 2, false),
    zoom,
  };
}
