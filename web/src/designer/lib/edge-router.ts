/**
 * @module
 * Orthogonal edge routing around node boxes: an edge leaves its outcome
 * handle to the right, runs in the free space between steps and enters its
 * target from the left, never under a step where the steps leave room. Each
 * edge is a shortest path with few bends on a sparse grid made of the lines
 * just outside the nearby boxes (the way libavoid and yFiles route
 * connectors).
 */
import type { Box, Point } from './geometry.js';

/** One edge to route: from its source handle to its target handle, in flow coordinates. */
export interface RouteRequest {
  id: string;
  from: Point;
  to: Point;
}

/** Where lanes run, away from a node's border. */
export const CLEARANCE = 18;
/** No segment comes closer to a node than this. */
export const PAD = 4;
/** A bend costs as much as this many pixels of length: fewer, longer segments read better. */
const BEND_COST = 40;
/**
 * Running under a step costs as much as this many pixels: when steps touch or
 * overlap and leave no way around, the route crosses as few as it can.
 */
const CROSSING_COST = 100_000;
/** How far around the two ends the router looks for a way, first near, then wider. */
const MARGINS = [160, 640, 2000];
/** A wider look than this many steps costs more than it is worth: the edge squeezes through instead. */
const MAX_BOXES = 150;

const E = 0;
const S = 1;
const W = 2;
const N = 3;

interface Area {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * The bends of an orthogonal route from `request.from` (leaving to the
 * right) to `request.to` (arriving from the left) that crosses no box, first
 * and last point included. When the boxes leave no way, the route that
 * crosses the fewest; null only when an end lies off the grid.
 *
 * @example
 * routeEdge({ id: 'a:next', from: { x: 247, y: 40 }, to: { x: 353, y: 40 } }, boxes);
 * // [{ x: 247, y: 40 }, { x: 353, y: 40 }]
 */
export function routeEdge(request: RouteRequest, boxes: readonly Box[]): Point[] | null {
  const { from, to } = request;
  const span = {
    minX: Math.min(from.x, to.x),
    minY: Math.min(from.y, to.y),
    maxX: Math.max(from.x, to.x),
    maxY: Math.max(from.y, to.y),
  };
  const near = (margin: number) => {
    const area = grow(span, margin);
    return { area, local: boxes.filter((b) => touches(b, area)) };
  };
  for (const margin of MARGINS) {
    const { area, local } = near(margin);
    if (local.length > MAX_BOXES) break;
    const route = search(from, to, local, area, false);
    if (route) return route;
  }
  const { area, local } = near(MARGINS[0] ?? 0);
  return search(from, to, local, area, true);
}

function grow(a: Area, by: number): Area {
  return { minX: a.minX - by, minY: a.minY - by, maxX: a.maxX + by, maxY: a.maxY + by };
}

function touches(b: Box, a: Area): boolean {
  return (
    b.x - PAD < a.maxX &&
    b.x + b.width + PAD > a.minX &&
    b.y - PAD < a.maxY &&
    b.y + b.height + PAD > a.minY
  );
}

/** Sorted, distinct grid lines inside [min, max]: the ends, lanes beside each box, middles of tight channels. */
function lines(ends: number[], starts: number[], sizes: number[], min: number, max: number) {
  const values = [...ends, min, max];
  const borders: number[] = [];
  starts.forEach((start, i) => {
    const end = start + (sizes[i] ?? 0);
    values.push(start - CLEARANCE, end + CLEARANCE);
    borders.push(start, end);
  });
  borders.sort((a, b) => a - b);
  // A channel narrower than two lanes still has its middle.
  for (let i = 1; i < borders.length; i++) {
    const gap = (borders[i] ?? 0) - (borders[i - 1] ?? 0);
    if (gap > 2 * PAD && gap < 2 * CLEARANCE)
      values.push(((borders[i] ?? 0) + (borders[i - 1] ?? 0)) / 2);
  }
  const sorted = Float64Array.from(values.filter((v) => v >= min && v <= max)).sort();
  const out: number[] = [];
  for (const v of sorted)
    if (out.length === 0 || v - (out[out.length - 1] ?? 0) > 0.01) out.push(v);
  return out;
}

/** First index whose value is > v (strict = true) or >= v. */
function bound(values: number[], v: number, strict: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = values[mid] ?? 0;
    if (strict ? m <= v : m < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function indexOf(values: number[], v: number): number {
  const i = bound(values, v - 0.011, false);
  return Math.abs((values[i] ?? Number.NaN) - v) <= 0.011 ? i : -1;
}

/**
 * A* over (grid point, direction) with a cost per bend; U-turns are not
 * moves. Through a step is no move either, or, when `squeeze`, a very dear one.
 */
function search(
  from: Point,
  to: Point,
  boxes: readonly Box[],
  area: Area,
  squeeze: boolean,
): Point[] | null {
  const xs = lines(
    [from.x, to.x],
    boxes.map((b) => b.x),
    boxes.map((b) => b.width),
    area.minX,
    area.maxX,
  );
  const ys = lines(
    [from.y, to.y],
    boxes.map((b) => b.y),
    boxes.map((b) => b.height),
    area.minY,
    area.maxY,
  );
  const nx = xs.length;
  const ny = ys.length;
  const start = indexOf(ys, from.y) * nx + indexOf(xs, from.x);
  const goal = indexOf(ys, to.y) * nx + indexOf(xs, to.x);
  if (start < 0 || goal < 0) return null;

  const inside = new Uint8Array(nx * ny);
  const hBlocked = new Uint8Array(nx * ny); // (i, j) -> (i + 1, j)
  const vBlocked = new Uint8Array(nx * ny); // (i, j) -> (i, j + 1)
  for (const b of boxes) {
    const i0 = bound(xs, b.x - PAD, true);
    const i1 = bound(xs, b.x + b.width + PAD, false);
    const j0 = bound(ys, b.y - PAD, true);
    const j1 = bound(ys, b.y + b.height + PAD, false);
    for (let j = j0; j < j1; j++) {
      for (let i = i0; i < i1; i++) inside[j * nx + i] = 1;
      for (let i = Math.max(0, i0 - 1); i < Math.min(i1, nx - 1); i++) hBlocked[j * nx + i] = 1;
    }
    for (let i = i0; i < i1; i++) {
      for (let j = Math.max(0, j0 - 1); j < Math.min(j1, ny - 1); j++) vBlocked[j * nx + i] = 1;
    }
  }

  const states = nx * ny * 4;
  const cost = new Float64Array(states).fill(Number.POSITIVE_INFINITY);
  const came = new Int32Array(states).fill(-1);
  const heap = new StateHeap();
  const h = (p: number) =>
    Math.abs((xs[p % nx] ?? 0) - to.x) + Math.abs((ys[Math.floor(p / nx)] ?? 0) - to.y);
  cost[start * 4 + E] = 0;
  heap.push(start * 4 + E, h(start));
  while (heap.size > 0) {
    const state = heap.pop();
    const p = state >> 2;
    const d = state & 3;
    if (p === goal && d === E) return pointsOf(state, came, xs, ys, nx);
    const g = cost[state] ?? 0;
    const i = p % nx;
    const j = (p - i) / nx;
    for (let nd = 0; nd < 4; nd++) {
      if (nd === (d + 2) % 4 || (p === start && nd !== E)) continue;
      let q = -1;
      let blocked = 0;
      if (nd === E && i + 1 < nx) [q, blocked] = [p + 1, hBlocked[p] ?? 0];
      else if (nd === W && i > 0) [q, blocked] = [p - 1, hBlocked[p - 1] ?? 0];
      else if (nd === S && j + 1 < ny) [q, blocked] = [p + nx, vBlocked[p] ?? 0];
      else if (nd === N && j > 0) [q, blocked] = [p - nx, vBlocked[p - nx] ?? 0];
      if (q < 0) continue;
      if (inside[q] && q !== goal) blocked = 1;
      if (blocked && !squeeze) continue;
      const length =
        Math.abs((xs[q % nx] ?? 0) - (xs[i] ?? 0)) +
        Math.abs((ys[Math.floor(q / nx)] ?? 0) - (ys[j] ?? 0));
      const next = q * 4 + nd;
      const total = g + length + (nd === d ? 0 : BEND_COST) + blocked * CROSSING_COST;
      if (total < (cost[next] ?? Number.POSITIVE_INFINITY)) {
        cost[next] = total;
        came[next] = state;
        heap.push(next, total + h(q));
      }
    }
  }
  return null;
}

function pointsOf(end: number, came: Int32Array, xs: number[], ys: number[], nx: number): Point[] {
  const points: Point[] = [];
  for (let s = end; s >= 0; s = came[s] ?? -1) {
    const p = s >> 2;
    points.push({ x: xs[p % nx] ?? 0, y: ys[Math.floor(p / nx)] ?? 0 });
  }
  points.reverse();
  return simplify(points);
}

/** Drops the points in the middle of straight runs: one point per bend. */
export function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const a = out[out.length - 2];
    const b = out[out.length - 1];
    if (b && Math.abs(b.x - p.x) < 0.01 && Math.abs(b.y - p.y) < 0.01) continue;
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/** A binary min-heap of search states by priority. */
class StateHeap {
  private states: number[] = [];
  private keys: number[] = [];
  get size() {
    return this.states.length;
  }
  push(state: number, key: number) {
    const { states, keys } = this;
    let i = states.length;
    states.push(state);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((keys[parent] ?? 0) <= key) break;
      states[i] = states[parent] ?? 0;
      keys[i] = keys[parent] ?? 0;
      i = parent;
    }
    states[i] = state;
    keys[i] = key;
  }
  pop(): number {
    const { states, keys } = this;
    const top = states[0] ?? 0;
    const lastState = states.pop() ?? 0;
    const lastKey = keys.pop() ?? 0;
    const n = states.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && (keys[child + 1] ?? 0) < (keys[child] ?? 0)) child++;
      if ((keys[child] ?? 0) >= lastKey) break;
      states[i] = states[child] ?? 0;
      keys[i] = keys[child] ?? 0;
      i = child;
    }
    states[i] = lastState;
    keys[i] = lastKey;
    return top;
  }
}
