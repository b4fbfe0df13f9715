import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLIP_FORMAT, copySelection, parseClip, pasteClip } from './clipboard.js';
import { sampleFlow, testEdge, testNode } from './test-flow.js';

describe('copySelection', () => {
  it('copies the selected nodes and only the edges between them', () => {
    const clip = copySelection(sampleFlow(), ['ring', 'vm']);
    expect(clip.format).toBe(CLIP_FORMAT);
    expect(clip.nodes.map((n) => n.id)).toEqual(['ring', 'vm']);
    expect(clip.edges.map((e) => e.id)).toEqual(['ring>no-answer>vm']);
  });

  it('never copies the incoming call', () => {
    const clip = copySelection(sampleFlow(), ['start', 'ring']);
    expect(clip.nodes.map((n) => n.id)).toEqual(['ring']);
    expect(clip.edges).toEqual([]);
  });

  it('is a deep copy that survives JSON', () => {
    const doc = sampleFlow();
    const clip = copySelection(doc, ['ring']);
    (clip.nodes[0]?.position as { x: number }).x = 999;
    expect(doc.nodes[1]?.position.x).toBe(300);
    expect(parseClip(JSON.stringify(clip))).toEqual(clip);
  });
});

describe('pasteClip', () => {
  it('adds nodes with fresh ids, remapped edges and offset positions', () => {
    const doc = sampleFlow();
    const clip = copySelection(doc, ['ring', 'vm']);
    const { document, nodes, edges } = pasteClip(doc, clip, { x: 30, y: 45 });
    expect(nodes.map((n) => n.id)).toEqual(['ring-users-1', 'voicemail-1']);
    expect(nodes.map((n) => n.position)).toEqual([
      { x: 330, y: 45 },
      { x: 630, y: 45 },
    ]);
    expect(edges).toEqual([
      { id: 'edge-1', source: 'ring-users-1', sourceHandle: 'no-answer', target: 'voicemail-1' },
    ]);
    expect(document.nodes).toHaveLength(6);
    expect(doc.nodes).toHaveLength(4);
  });

  it('counts on from the ids already used', () => {
    const doc = { nodes: [testNode('hang-up', 'hang-up-7')], edges: [] };
    const clip = copySelection(doc, ['hang-up-7']);
    const once = pasteClip(doc, clip, { x: 0, y: 0 });
    const twice = pasteClip(once.document, clip, { x: 0, y: 0 });
    expect(once.nodes[0]?.id).toBe('hang-up-8');
    expect(twice.nodes[0]?.id).toBe('hang-up-9');
  });

  it('never creates duplicate ids and keeps internal edges only', () => {
    const kinds = ['ring-users', 'voicemail', 'hang-up', 'incoming-call'] as const;
    const arbDoc = fc
      .array(fc.tuple(fc.constantFrom(...kinds), fc.integer({ min: 1, max: 5 })), { maxLength: 8 })
      .chain((specs) => {
        const nodes = specs.map(([kind, n], i) => testNode(kind, i % 2 ? `${kind}-${n}` : `n${i}`));
        const ids = nodes.map((n) => n.id);
        const edge = ids.length
          ? fc
              .tuple(
                fc.constantFrom(...ids),
                fc.constantFrom('next', 'no-answer'),
                fc.constantFrom(...ids),
              )
              .map(([s, h, t]) => testEdge(s, h, t))
          : fc.constant(null);
        return fc.record({
          nodes: fc.constant(nodes),
          edges: fc.array(edge, { maxLength: 10 }),
          selected: fc.subarray(ids),
          pastes: fc.integer({ min: 1, max: 3 }),
        });
      });
    fc.assert(
      fc.property(arbDoc, ({ nodes, edges, selected, pastes }) => {
        // The generator may repeat a node id; real documents never do, so keep the first.
        const unique = nodes.filter((n, i) => nodes.findIndex((m) => m.id === n.id) === i);
        const realEdges = edges
          .filter((e) => e !== null)
          .map((e, i) => ({ ...e, id: `edge-${i}` }));
        let doc = { nodes: unique, edges: realEdges };
        const clip = copySelection(doc, selected);
        for (let i = 0; i < pastes; i += 1) {
          const result = pasteClip(doc, clip, { x: 15, y: 15 });
          const pastedIds = new Set(result.nodes.map((n) => n.id));
          for (const e of result.edges) {
            expect(pastedIds.has(e.source) && pastedIds.has(e.target)).toBe(true);
          }
          expect(result.nodes.some((n) => n.type === 'incoming-call')).toBe(false);
          doc = result.document;
          const nodeIds = doc.nodes.map((n) => n.id);
          const edgeIds = doc.edges.map((e) => e.id);
          expect(new Set(nodeIds).size).toBe(nodeIds.length);
          expect(new Set(edgeIds).size).toBe(edgeIds.length);
        }
      }),
    );
  });
});

describe('parseClip', () => {
  it('refuses text that is not a clip', () => {
    expect(parseClip('hello')).toBeNull();
    expect(parseClip('{"nodes":[],"edges":[]}')).toBeNull();
    expect(
      parseClip(JSON.stringify({ format: CLIP_FORMAT, nodes: [{ id: 'x' }], edges: [] })),
    ).toBeNull();
  });
});
