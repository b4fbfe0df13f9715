/**
 * @module
 * Every edge of a flow routed around the steps, in lanes of their own, and
 * the SVG path that draws one route.
 */
import { separateLanes } from './edge-lanes.js';
import { type RouteRequest, routeEdge } from './edge-router.js';
import type { Box, Point } from './geometry.js';

export type { RouteRequest } from './edge-router.js';

/** Routes by edge id; an edge the boxes leave no way for has none (it is drawn plainly). */
export type EdgeRoutes = ReadonlyMap<string, readonly Point[]>;

/**
 * Routes each request around `boxes`, then spreads edges that share a line
 * into lanes. The same boxes and requests always give the same routes.
 *
 * @example
 * const routes = routeEdges(boxes, [{ id: 'start:next', from: { x: 247, y: 40 }, to: { x: 353, y: 40 } }]);
 */
export function routeEdges(boxes: readonly Box[], requests: readonly RouteRequest[]): EdgeRoutes {
  const raw = new Map<string, Point[]>();
  for (const request of requests) {
    const route = routeEdge(request, boxes);
    if (route) raw.set(request.id, route);
  }
  return separateLanes(raw, boxes);
}

/**
 * The SVG path of a route, with corners rounded by up to `radius` pixels.
 *
 * @example
 * pathOf([{ x: 0, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 30 }]); // 'M0 0L12 0Q20 0 20 8L20 30'
 */
export function pathOf(points: readonly Point[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const prev = points[i - 1] as Point;
    const next = points[i + 1];
    if (!next) {
      d += `L${p.x} ${p.y}`;
      break;
    }
    const r = Math.min(radius, distance(prev, p) / 2, distance(p, next) / 2);
    const inX = p.x - Math.sign(p.x - prev.x) * r;
    const inY = p.y - Math.sign(p.y - prev.y) * r;
    const outX = p.x + Math.sign(next.x - p.x) * r;
    const outY = p.y + Math.sign(next.y - p.y) * r;
    d += `L${inX} ${inY}Q${p.x} ${p.y} ${outX} ${outY}`;
  }
  return d;
}

const distance = (a: Point, b: Point) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);

/** Whether a route still starts and ends where React Flow draws the edge's handles now. */
export function fitsEnds(route: readonly Point[], from: Point, to: Point): boolean {
  const a = route[0];
  const b = route[route.length - 1];
  return (
    !!a &&
    !!b &&
    Math.abs(a.x - from.x) < 0.5 &&
    Math.abs(a.y - from.y) < 0.5 &&
    Math.abs(b.x - to.x) < 0.5 &&
    Math.abs(b.y - to.y) < 0.5
  );
}
