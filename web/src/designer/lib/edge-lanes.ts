/**
 * @module
 * Parallel edges in their own lanes: routes that share a stretch of the same
 * grid line are spread across the free channel they run in, so each outcome
 * can be followed to its step.
 */
import { PAD } from './edge-router.js';
import { type Box, type Point, segmentCrosses } from './geometry.js';

/** The distance between two lanes when the channel is wide enough. */
export const LANE = 8;
/** A handle's own stub (first and last segment) keeps at least this length. */
const MIN_STUB = 6;

interface Segment {
  id: string;
  /** Index of its first point in the route. */
  k: number;
  at: number;
  lo: number;
  hi: number;
  /** Runs towards larger coordinates (down, or right). */
  forward: boolean;
}

/**
 * Copies of `routes` where segments that overlap on one line are moved
 * apart, within the space the boxes leave; a move that would cross a box or
 * turn a handle's stub back is not made.
 *
 * @example
 * const spread = separateLanes(new Map([['a', routeA], ['b', routeB]]), boxes);
 */
export function separateLanes(
  routes: ReadonlyMap<string, readonly Point[]>,
  boxes: readonly Box[],
): Map<string, Point[]> {
  const out = new Map<string, Point[]>();
  for (const [id, points] of routes)
    out.set(
      id,
      points.map((p) => ({ ...p })),
    );
  spread(out, boxes, true);
  spread(out, boxes, false);
  return out;
}

function spread(routes: Map<string, Point[]>, boxes: readonly Box[], vertical: boolean) {
  const byLine = new Map<number, Segment[]>();
  for (const [id, points] of routes) {
    // The first and last segments belong to their handles.
    for (let k = 1; k < points.length - 2; k++) {
      const a = points[k] as Point;
      const b = points[k + 1] as Point;
      if ((a.x === b.x) !== vertical) continue;
      const at = vertical ? a.x : a.y;
      const [u, v] = vertical ? [a.y, b.y] : [a.x, b.x];
      const line = byLine.get(at) ?? [];
      line.push({ id, k, at, lo: Math.min(u, v), hi: Math.max(u, v), forward: v > u });
      byLine.set(at, line);
    }
  }
  for (const line of byLine.values()) {
    line.sort((a, b) => a.lo - b.lo);
    let cluster: Segment[] = [];
    let reach = Number.NEGATIVE_INFINITY;
    for (const segment of [...line, null]) {
      if (segment && segment.lo < reach - 1) {
        cluster.push(segment);
        reach = Math.max(reach, segment.hi);
        continue;
      }
      if (new Set(cluster.map((s) => s.id)).size > 1) place(cluster, routes, boxes, vertical);
      if (!segment) break;
      cluster = [segment];
      reach = segment.hi;
    }
  }
}

/** Moves the segments of one cluster onto evenly spaced lanes inside their free channel. */
function place(
  cluster: Segment[],
  routes: Map<string, Point[]>,
  boxes: readonly Box[],
  vertical: boolean,
) {
  const at = cluster[0]?.at ?? 0;
  const lo = Math.min(...cluster.map((s) => s.lo));
  const hi = Math.max(...cluster.map((s) => s.hi));
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  for (const b of boxes) {
    const [start, size, crossStart, crossSize] = vertical
      ? [b.x, b.width, b.y, b.height]
      : [b.y, b.height, b.x, b.width];
    if (crossStart - PAD >= hi || crossStart + crossSize + PAD <= lo) continue;
    if (start + size <= at) min = Math.max(min, start + size + PAD);
    else if (start >= at) max = Math.min(max, start - PAD);
  }
  const n = cluster.length;
  const gap = Number.isFinite(max - min) ? Math.min(LANE, (max - min) / (n + 1)) : LANE;
  const half = (gap * (n - 1)) / 2;
  const centre = Math.min(Math.max(at, min + half + gap / 2), max - half - gap / 2);
  // Lanes so that routes leaving the channel further out sit outside the others: fewer crossings.
  const ordered = [...cluster].sort((a, b) =>
    a.forward !== b.forward ? (a.forward ? -1 : 1) : a.forward ? b.hi - a.hi : a.lo - b.lo,
  );
  ordered.forEach((segment, i) => {
    const points = routes.get(segment.id);
    if (points) move(points, segment.k, centre - half + i * gap, boxes, vertical);
  });
}

/** Sets segment k of a route to `value` unless that breaks the route; the neighbours stretch. */
function move(points: Point[], k: number, value: number, boxes: readonly Box[], vertical: boolean) {
  const axis = vertical ? 'x' : 'y';
  const a = points[k] as Point;
  const b = points[k + 1] as Point;
  const before = a[axis];
  const signs = [k - 1, k + 1].map((i) => Math.sign(stretch(points, i, axis)));
  a[axis] = value;
  b[axis] = value;
  const last = points.length - 2;
  const broken =
    [k - 1, k + 1].some((i, n) => Math.sign(stretch(points, i, axis)) !== signs[n]) ||
    stretch(points, 0, 'x') < MIN_STUB ||
    stretch(points, last, 'x') < MIN_STUB ||
    [k - 1, k, k + 1].some((i) =>
      boxes.some((box) => segmentCrosses(points[i] as Point, points[i + 1] as Point, box, 1)),
    );
  if (broken) {
    a[axis] = before;
    b[axis] = before;
  }
}

/** How far segment i runs along `axis` (signed); 0 for no such segment. */
function stretch(points: Point[], i: number, axis: 'x' | 'y'): number {
  const a = points[i];
  const b = points[i + 1];
  return a && b ? b[axis] - a[axis] : 0;
}
