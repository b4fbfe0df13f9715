import { describe, expect, it } from 'vitest';
import { routeEdge } from './edge-router.js';
import { pathOf, type RouteRequest, routeEdges } from './edge-routes.js';
import { type Box, type Point, segmentCrosses } from './geometry.js';

const box = (id: string, x: number, y: number, width = 240, height = 120): Box => ({
  id,
  x,
  y,
  width,
  height,
});
/** An edge from `a`'s right side at `dy` below its top to `b`'s left side, as React Flow places handles. */
const link = (id: string, a: Box, dy: number, b: Box): RouteRequest => ({
  id,
  from: { x: a.x + a.width + 7, y: a.y + dy },
  to: { x: b.x - 7, y: b.y + 20 },
});

function crossings(route: readonly Point[], boxes: readonly Box[]): string[] {
  const hits: string[] = [];
  for (let i = 0; i + 1 < route.length; i++) {
    for (const b of boxes) {
      if (segmentCrosses(route[i] as Point, route[i + 1] as Point, b)) hits.push(b.id);
    }
  }
  return hits;
}

function expectOrthogonal(route: readonly Point[]) {
  for (let i = 0; i + 1 < route.length; i++) {
    const [a, b] = [route[i] as Point, route[i + 1] as Point];
    expect(a.x === b.x || a.y === b.y).toBe(true);
  }
}

describe('routeEdge', () => {
  it('draws a straight line when nothing is in the way', () => {
    const a = box('a', 0, 0);
    const b = box('b', 360, 0);
    expect(routeEdge(link('e', a, 20, b), [a, b])).toEqual([
      { x: 247, y: 20 },
      { x: 353, y: 20 },
    ]);
  });

  it('goes around a step standing between the two ends', () => {
    const a = box('a', 0, 0);
    const wall = box('wall', 360, -60, 240, 200);
    const b = box('b', 720, 0);
    const route = routeEdge(link('e', a, 20, b), [a, wall, b]);
    expect(route).not.toBeNull();
    expectOrthogonal(route ?? []);
    expect(crossings(route ?? [], [a, wall, b])).toEqual([]);
    // Leaves to the right and arrives from the left.
    expect((route?.[1]?.x ?? 0) > 247).toBe(true);
    expect((route?.at(-2)?.x ?? 0) < 713).toBe(true);
  });

  it('goes around its own steps for an edge that leads back', () => {
    const a = box('a', 0, 0);
    const b = box('b', 360, 0);
    const route = routeEdge(link('back', b, 60, a), [a, b]) ?? [];
    expectOrthogonal(route);
    expect(crossings(route, [a, b])).toEqual([]);
  });

  it('crosses as few steps as it must when they leave no way through', () => {
    const a = box('a', 0, 0);
    const b = box('b', 400, 0);
    // A ring of steps around b, touching each other.
    const ring = [
      box('top', 300, -130, 440, 120),
      box('bottom', 300, 130, 440, 120),
      box('left', 300, -10, 90, 140),
      box('right', 650, -10, 90, 140),
    ];
    const route = routeEdge(link('e', a, 20, b), [a, b, ...ring]) ?? [];
    expect(route.at(-1)).toEqual({ x: 393, y: 20 });
    expect(new Set(crossings(route, ring)).size).toBe(1);
  });
});

describe('routeEdges', () => {
  it('gives edges that share a channel lanes of their own', () => {
    const source = box('s', 0, 0, 240, 200);
    const targets = [box('t1', 480, -300), box('t2', 480, -150), box('t3', 480, 300)];
    const requests = targets.map((t, i) => link(`e${i}`, source, 60 + 20 * i, t));
    const routes = routeEdges([source, ...targets], requests);
    expect(routes.size).toBe(3);
    const verticals = [...routes.values()].flatMap((route) =>
      route.slice(1, -1).flatMap((p, i) => {
        const next = route[i + 2];
        return next && next.x === p.x && i + 2 < route.length - 1 ? [p.x] : [];
      }),
    );
    expect(new Set(verticals).size).toBe(verticals.length);
    for (const route of routes.values()) {
      expect(crossings(route, [source, ...targets])).toEqual([]);
    }
  });

  it('is the same for the same boxes and edges', () => {
    const boxes = [box('a', 0, 0), box('b', 360, 200), box('c', 360, -200)];
    const requests = [
      link('1', boxes[0] as Box, 20, boxes[1] as Box),
      link('2', boxes[0] as Box, 40, boxes[2] as Box),
    ];
    expect(routeEdges(boxes, requests)).toEqual(routeEdges(boxes, requests));
  });

  it('routes a 500-step flow in well under a second', () => {
    const columns = 23;
    const boxes = Array.from({ length: 500 }, (_, i) =>
      box(`n${i}`, (i % columns) * 320, Math.floor(i / columns) * 220, 240, 112),
    );
    const requests = boxes.slice(1).map((b, i) => link(`e${i}`, boxes[i] as Box, 80, b));
    const started = performance.now();
    const routes = routeEdges(boxes, requests);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(routes.size).toBe(499);
    for (const route of routes.values()) expect(crossings(route, boxes)).toEqual([]);
  });
});

describe('pathOf', () => {
  it('rounds the corners of a route', () => {
    expect(
      pathOf([
        { x: 0, y: 0 },
        { x: 20, y: 0 },
        { x: 20, y: 30 },
      ]),
    ).toBe('M0 0L12 0Q20 0 20 8L20 30');
  });
});
