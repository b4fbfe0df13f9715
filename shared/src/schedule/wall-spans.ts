import { dayPlan } from './day-plan.js';
import { DAY_MS } from './local-time.js';
import type { Schedule } from './schema.js';

/** One opening in wall ms, half-open: open at `start`, closed again at `end`. */
export interface WallSpan {
  start: number;
  end: number;
  reason: 'weekly' | 'special';
  /** The special date's name, when the span comes from one. */
  name?: string;
}

/**
 * The openings that start on the local date beginning at wall ms `day`,
 * sorted by start. An overnight interval ends on the next day; `24:00` is the
 * next midnight.
 *
 * @example
 * wallSpansOn(nightShift, Date.UTC(2026, 2, 2));
 * // [{ start: Date.UTC(2026, 2, 2, 18), end: Date.UTC(2026, 2, 3, 10), reason: 'weekly' }]
 */
export function wallSpansOn(schedule: Schedule, day: number): WallSpan[] {
  const plan = dayPlan(schedule, day);
  if (plan.kind === 'closure') return [];
  const reason = plan.kind;
  return plan.intervals
    .map(({ from, to }) => {
      const start = day + msOfDay(from);
      // `24:00` sorts after every `from`, so only a true overnight range moves to the next day.
      const end = day + msOfDay(to) + (to > from ? 0 : DAY_MS);
      return plan.name ? { start, end, reason, name: plan.name } : { start, end, reason };
    })
    .sort((a, b) => a.start - b.start);
}

function msOfDay(time: string): number {
  return (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * 60_000;
}
