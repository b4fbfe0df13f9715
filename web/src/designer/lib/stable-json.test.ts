import { describe, expect, it } from 'vitest';
import { stableStringify } from './stable-json.js';

describe('stableStringify', () => {
  it('puts flow keys first, then the rest alphabetically, at every depth', () => {
    expect(stableStringify({ b: 1, a: { z: 1, y: 2, id: 'i' }, id: 'x' })).toBe(
      '{"id":"x","a":{"id":"i","y":2,"z":1},"b":1}',
    );
  });

  it('leaves arrays in order and drops undefined like JSON.stringify', () => {
    expect(stableStringify([3, { a: undefined, b: null }, 1])).toBe('[3,{"b":null},1]');
  });
});
