/** Where code that needs "now" gets it, so tests and the simulator choose the instant. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock tests move by hand.
 *
 * @example
 * const clock = manualClock('2026-11-23T15:00:00Z');
 * clock.advance(30_000);
 */
export function manualClock(
  start: string | Date,
): Clock & { set(at: string | Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
