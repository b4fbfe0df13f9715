import { describe, expect, it } from 'vitest';
import { READABLE_ZOOM, readableViewport, SMALLEST_LABEL_PX } from './readable-view.js';

const box = (id: string, x: number, y: number) => ({ id, x, y, width: 240, height: 120 });
const pane = { width: 900, height: 600 };

describe('readableViewport', () => {
  it('keeps the smallest label at 11 px or more', () => {
    expect(SMALLEST_LABEL_PX * READABLE_ZOOM).toBeGreaterThanOrEqual(11);
  });

  it('centres a flow that fits, at no more than 100%', () => {
    const view = readableViewport([box('a', 0, 0), box('b', 360, 0)], 'a', pane);
    expect(view.zoom).toBe(1);
    // 600 px wide, 120 high, centred in 900 x 600.
    expect(view).toEqual({ x: 150, y: 240, zoom: 1 });
  });

  it('shrinks a flow to fit, but never below the readable zoom', () => {
    const slightlyWide = readableViewport([box('a', 0, 0), box('b', 600, 0)], 'a', pane);
    expect(slightlyWide.zoom).toBeCloseTo(820 / 840);
    expect(slightlyWide.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM - 0.01);
    const wide = readableViewport(
      Array.from({ length: 6 }, (_, i) => box(`n${i}`, i * 360, 0)),
      'n0',
      pane,
    );
    expect(wide.zoom).toBe(READABLE_ZOOM);
  });

  it('shows a flow too large for the pane from its entry', () => {
    const boxes = [box('far-up', 2000, -2000), box('start', 0, 0), box('far-down', 2000, 2000)];
    const view = readableViewport(boxes, 'start', pane);
    expect(view.zoom).toBe(READABLE_ZOOM);
    // The entry's left side at the padding, its middle at mid-height.
    expect(view.x).toBeCloseTo(40);
    expect(view.y + 60 * READABLE_ZOOM).toBeCloseTo(300);
  });

  it('leaves no empty band above a tall flow whose entry is at its top', () => {
    const boxes = [
      box('start', 0, 0),
      ...Array.from({ length: 8 }, (_, i) => box(`n${i}`, 360, i * 200)),
    ];
    const view = readableViewport(boxes, 'start', pane);
    expect(view.y).toBeCloseTo(40);
  });

  it('opens an empty flow at 100%', () => {
    expect(readableViewport([], undefined, pane)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
