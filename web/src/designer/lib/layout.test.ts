import { describe, expect, it } from 'vitest';
import { routeEdges } from './edge-routes.js';
import { type Point, segmentCrosses } from './geometry.js';
import { autoLayout, GRID, nodeSize } from './layout.js';
import { sampleFlow, testEdge, testNode } from './test-flow.js';

function menuFlow() {
  const doc = sampleFlow();
  // Entry listed last on purpose: the layout must not depend on document order for that.
  doc.nodes = [...doc.nodes.slice(1), testNode('phone-menu', 'menu'), ...doc.nodes.slice(0, 1)];
  doc.edges = [
    testEdge('start', 'next', 'menu'),
    testEdge('menu', '1', 'ring'),
    testEdge('menu', '2', 'vm'),
    testEdge('menu', 'no-input', 'bye'),
    testEdge('ring', 'no-answer', 'vm'),
    testEdge('ring', 'answered', 'bye'),
    testEdge('vm', 'recorded', 'bye'),
    testEdge('vm', 'no-message', 'bye'),
  ];
  return doc;
}

describe('autoLayout', () => {
  it('is deterministic', () => {
    expect(autoLayout(menuFlow())).toEqual(autoLayout(menuFlow()));
  });

  it('puts the entry leftmost and every edge left to right', () => {
    const laid = autoLayout(menuFlow());
    const at = new Map(laid.nodes.map((n) => [n.id, n.position] as const));
    const entryX = at.get('start')?.x ?? Number.NaN;
    for (const node of laid.nodes) {
      if (node.id !== 'start') expect(node.position.x).toBeGreaterThan(entryX);
    }
    for (const edge of laid.edges) {
      expect(at.get(edge.target)?.x).toBeGreaterThan(at.get(edge.source)?.x ?? Number.NaN);
    }
  });

  it('snaps positions to the grid and keeps everything else', () => {
    const doc = menuFlow();
    const laid = autoLayout(doc);
    for (const node of laid.nodes) {
      expect(node.position.x % GRID).toBe(0);
      expect(node.position.y % GRID).toBe(0);
    }
    expect(laid.edges).toBe(doc.edges);
    expect(laid.nodes.map((n) => n.data)).toEqual(doc.nodes.map((n) => n.data));
  });

  it('keeps the entry first even when a loop leads back to it', () => {
    const doc = menuFlow();
    doc.edges.push(testEdge('bye', 'next', 'start'));
    const laid = autoLayout(doc);
    const entryX = laid.nodes.find((n) => n.id === 'start')?.position.x ?? Number.NaN;
    expect(Math.min(...laid.nodes.map((n) => n.position.x))).toBe(entryX);
  });

  it('does not overlap nodes of one column', () => {
    const laid = autoLayout(menuFlow());
    const boxes = laid.nodes.map((n) => ({ ...n.position, ...nodeSize(n) }));
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const overlap =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
    }
  });

  it('sizes nodes by their outcomes', () => {
    expect(nodeSize(testNode('hang-up', 'h'))).toEqual({ width: 240, height: 90 });
    expect(nodeSize(testNode('ring-users', 'r'))).toEqual({ width: 240, height: 134 });
  });

  it('puts steps connected to nothing in a compact grid with the entry, not one tall column', () => {
    const doc = sampleFlow();
    doc.edges = [];
    const laid = autoLayout(doc);
    const at = new Map(laid.nodes.map((n) => [n.id, n.position] as const));
    expect(at.get('start')).toEqual({ x: 0, y: 0 });
    // Four steps: two columns of two.
    expect(new Set(laid.nodes.map((n) => n.position.x)).size).toBe(2);
    expect(new Set(laid.nodes.map((n) => n.position.y)).size).toBe(2);
  });

  it('puts steps connected to nothing under the connected ones, from the entry column', () => {
    const doc = menuFlow();
    doc.nodes.push(testNode('play-message', 'loose-1'), testNode('hang-up', 'loose-2'));
    const laid = autoLayout(doc);
    const connected = laid.nodes.filter((n) => !n.id.startsWith('loose'));
    const bottom = Math.max(...connected.map((n) => n.position.y + nodeSize(n).height));
    for (const id of ['loose-1', 'loose-2']) {
      const loose = laid.nodes.find((n) => n.id === id);
      expect(loose?.position.y).toBeGreaterThan(bottom);
    }
    expect(laid.nodes.find((n) => n.id === 'loose-1')?.position.x).toBe(0);
  });

  it('leaves room for every edge to run between the steps', () => {
    const laid = autoLayout(menuFlow());
    const boxes = laid.nodes.map((n) => ({ id: n.id, ...n.position, ...nodeSize(n) }));
    const byId = new Map(laid.nodes.map((n) => [n.id, n] as const));
    const requests = laid.edges.map((e) => {
      const source = byId.get(e.source);
      const target = byId.get(e.target);
      if (!source || !target) throw new Error(e.id);
      // Handles as the canvas places them: outcome rows on the right, the target on the left.
      return {
        id: e.id,
        from: { x: source.position.x + 247, y: source.position.y + 70 },
        to: { x: target.position.x - 7, y: target.position.y + 20 },
      };
    });
    const routes = routeEdges(boxes, requests);
    expect(routes.size).toBe(laid.edges.length);
    for (const route of routes.values()) {
      for (let i = 0; i + 1 < route.length; i++) {
        for (const b of boxes) {
          expect(segmentCrosses(route[i] as Point, route[i + 1] as Point, b)).toBe(false);
        }
      }
    }
  });
});
