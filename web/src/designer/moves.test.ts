import { applyNodeChanges } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { testEdge, testNode } from './lib/test-flow.js';
import { onlyMoved } from './moves.js';
import type { DesignerNode } from './types.js';

const meta = { name: 'Main line', description: '' };
const nodes = [
  testNode('incoming-call', 'start'),
  testNode('hang-up', 'bye', 300),
] as DesignerNode[];
const edges = [testEdge('start', 'next', 'bye')];
const before = { meta, nodes, edges };

describe('onlyMoved', () => {
  it('is true for a drag frame, as React Flow applies it', () => {
    const moved = applyNodeChanges(
      [{ id: 'bye', type: 'position', position: { x: 320, y: 15 }, dragging: true }],
      nodes,
    );
    expect(moved[1]).not.toBe(nodes[1]);
    expect(onlyMoved({ meta, nodes: moved, edges }, before)).toBe(true);
  });

  it('is false for an edit, a new or removed node, an edge or the name', () => {
    const edited = nodes.map((n) => (n.id === 'bye' ? { ...n, data: { ...n.data } } : n));
    expect(onlyMoved({ meta, nodes: edited, edges }, before)).toBe(false);
    expect(onlyMoved({ meta, nodes: nodes.slice(0, 1), edges }, before)).toBe(false);
    expect(onlyMoved({ meta, nodes, edges: [] }, before)).toBe(false);
    expect(onlyMoved({ meta: { ...meta, name: 'Other' }, nodes, edges }, before)).toBe(false);
  });
});
