import { describe, expect, it } from 'vitest';
import { highlightPath } from './call-path.js';

const edges = [
  { id: 'start-hours', source: 'start', target: 'hours' },
  { id: 'hours-open', source: 'hours', target: 'ring' },
  { id: 'hours-closed', source: 'hours', target: 'menu' },
  { id: 'menu-2', source: 'menu', target: 'our-hours' },
  { id: 'our-hours-menu', source: 'our-hours', target: 'menu' },
  { id: 'menu-1', source: 'menu', target: 'voicemail' },
  { id: 'menu-no-input', source: 'menu', target: 'voicemail' },
];

describe('the path a call took', () => {
  it('highlights the edges between consecutive nodes and nothing else', () => {
    const h = highlightPath(['start', 'hours', 'ring'], edges);
    expect([...h.nodes]).toEqual(['start', 'hours', 'ring']);
    expect([...h.edges]).toEqual(['start-hours', 'hours-open']);
  });

  it('numbers every visit of a node on a loop', () => {
    const h = highlightPath(['start', 'hours', 'menu', 'our-hours', 'menu', 'voicemail'], edges);
    expect(h.steps.get('menu')).toEqual([3, 5]);
    expect([...h.edges]).toEqual([
      'start-hours',
      'hours-closed',
      'menu-2',
      'our-hours-menu',
      'menu-1',
    ]);
  });

  it('marks a node reached without an edge (an auto-reply on hang-up) but no edge', () => {
    const h = highlightPath(['start', 'hours', 'reply-missed'], edges);
    expect(h.nodes.has('reply-missed')).toBe(true);
    expect([...h.edges]).toEqual(['start-hours']);
  });

  it('is empty for a call that never entered the flow', () => {
    const h = highlightPath([], edges);
    expect(h.nodes.size + h.edges.size).toBe(0);
  });
});
