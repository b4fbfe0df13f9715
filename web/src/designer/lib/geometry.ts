/**
 * @module
 * Rectangles and points on the canvas, in flow coordinates (the units of a
 * node's `position`), shared by the edge router and the readable view.
 */

export interface Point {
  x: number;
  y: number;
}

/** A node's box: its top-left corner and its size. */
export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest rectangle around `boxes`, or null for none. */
export function boundsOf(
  boxes: readonly Omit<Box, 'id'>[],
): { x: number; y: number; width: number; height: number } | null {
  if (boxes.length === 0) return null;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * Whether the segment a-b (horizontal or vertical) runs through the inside
 * of `box` grown by `pad` on every side; touching its border does not count.
 */
export function segmentCrosses(a: Point, b: Point, box: Omit<Box, 'id'>, pad = 0): boolean {
  const left = box.x - pad;
  const right = box.x + box.width + pad;
  const top = box.y - pad;
  const bottom = box.y + box.height + pad;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  if (minY === maxY) return minY > top && minY < bottom && minX < right && maxX > left;
  return minX > left && minX < right && minY < bottom && maxY > top;
}
