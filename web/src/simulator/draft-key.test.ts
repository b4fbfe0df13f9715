import { describe, expect, it } from 'vitest';
import { draftKey } from './draft-key.js';

const node = (id: string, data: Record<string, unknown>, x = 0) => ({
  id,
  type: 'play-message',
  position: { x, y: 0 },
  data,
});
const edge = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  sourceHandle: 'next',
  target,
});

describe('draftKey', () => {
  const before = { nodes: [node('a', { text: 'Hi' }), node('b', {})], edges: [edge('a', 'b')] };
  it('ignores where steps sit on the canvas', () => {
    const moved = { ...before, nodes: [node('a', { text: 'Hi' }, 300), node('b', {}, 40)] };
    expect(draftKey(moved as never)).toBe(draftKey(before as never));
  });
  it('changes with a setting or a connection', () => {
    const edited = { ...before, nodes: [node('a', { text: 'Hello' }), node('b', {})] };
    expect(draftKey(edited as never)).not.toBe(draftKey(before as never));
    expect(draftKey({ ...before, edges: [edge('b', 'a')] } as never)).not.toBe(
      draftKey(before as never),
    );
  });
});
