import { describe, expect, it } from 'vitest';
import { newStepSpot, panToShow } from './drop-position.js';

const WIDTH = 240;
const HEIGHT = 110;
const inside = (
  p: { x: number; y: number },
  v: { x: number; y: number; width: number; height: number },
) => p.x >= v.x && p.y >= v.y && p.x + WIDTH <= v.x + v.width && p.y + HEIGHT <= v.y + v.height;

describe('where a step added without a pointer goes', () => {
  it('goes to the middle of the view when it is free', () => {
    expect(newStepSpot({ x: 0, y: 0, width: 800, height: 600 }, [])).toEqual({ x: 270, y: 240 });
  });

  it('stays whole inside a view far from the origin, wherever the flow was panned', () => {
    const view = { x: -2000, y: 1500, width: 600, height: 400 };
    expect(inside(newStepSpot(view, []), view)).toBe(true);
  });

  it('goes beside the steps in the middle, still inside the view, never below it', () => {
    const view = { x: 0, y: 0, width: 900, height: 400 };
    // A column of steps down the middle, taller than the view.
    const column = Array.from({ length: 10 }, (_, i) => ({ position: { x: 330, y: i * 120 } }));
    const spot = newStepSpot(view, column);
    expect(inside(spot, view)).toBe(true);
    expect(column.some((n) => spot.x < n.position.x + WIDTH && spot.x + WIDTH > n.position.x)).toBe(
      false,
    );
  });

  it('takes measured sizes into account', () => {
    const view = { x: 0, y: 0, width: 800, height: 600 };
    const tall = [{ position: { x: 270, y: 0 }, measured: { width: 240, height: 600 } }];
    const spot = newStepSpot(view, tall);
    expect(spot.x + WIDTH <= 270 || spot.x >= 510).toBe(true);
  });

  it('goes next to a full view, never on top of a step, for the view to move to it', () => {
    const view = { x: 0, y: 0, width: 300, height: 200 };
    const full = [{ position: { x: 0, y: 0 }, measured: { width: 300, height: 200 } }];
    const spot = newStepSpot(view, full);
    expect(inside(spot, view)).toBe(false);
    expect(spot.x >= 330 || spot.y >= 230 || spot.x + WIDTH <= -30 || spot.y + HEIGHT <= -30).toBe(
      true,
    );
    // Near the view, not anywhere on the canvas.
    expect(Math.hypot(spot.x - 30, spot.y - 45)).toBeLessThan(400);
  });

  it('keeps room around the steps it goes beside', () => {
    const view = { x: 0, y: 0, width: 1200, height: 600 };
    const middle = [{ position: { x: 480, y: 240 }, measured: { width: 240, height: 110 } }];
    const spot = newStepSpot(view, middle);
    const apart = spot.x >= 750 || spot.x + WIDTH <= 450 || spot.y >= 380 || spot.y + HEIGHT <= 210;
    expect(apart).toBe(true);
  });

  it('moves the view as little as shows the new step, and not at all when it is in view', () => {
    const view = { x: 0, y: 0, width: 500, height: 400 };
    expect(panToShow(view, { x: 450, y: 0, width: 100, height: 50 })).toEqual({ dx: 50, dy: 0 });
    expect(panToShow(view, { x: 10, y: -80, width: 100, height: 50 })).toEqual({ dx: 0, dy: -80 });
    expect(panToShow(view, { x: 10, y: 10, width: 100, height: 50 })).toEqual({ dx: 0, dy: 0 });
    // Taller than the view: its top is shown.
    expect(panToShow(view, { x: 0, y: 300, width: 100, height: 600 })).toEqual({ dx: 0, dy: 300 });
  });
});
