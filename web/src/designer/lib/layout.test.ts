import { describe, expect, it } from 'vitest';
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
});
