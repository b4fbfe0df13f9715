import { type Interval, type Schedule, WEEKDAYS } from './schema.js';

/** Which hours govern one local date, and why. */
export interface DayPlan {
  kind: 'weekly' | 'special' | 'closure';
  intervals: readonly Interval[];
  /** The closure's or the special date's name. */
  name?: string;
}

/**
 * The hours of the local date starting at wall ms `day`: special hours first
 * (they replace both the weekly hours and any closure of that date), then
 * closures, then the week.
 *
 * @example
 * dayPlan(schedule, Date.UTC(2026, 11, 25));
 * // { kind: 'closure', intervals: [], name: 'Christmas Day' }
 */
export function dayPlan(schedule: Schedule, day: number): DayPlan {
  // Wall ms is zone-free, so the UTC getters read the local calendar date.
  const calendar = new Date(day);
  const iso = calendar.toISOString().slice(0, 10);
  const specials = schedule.special.filter((s) => s.date === iso);
  if (specials.length > 0) {
    // Two entries for one date are read as one day with both sets of hours.
    const name = specials.find((s) => s.name)?.name;
    const intervals = specials.flatMap((s) => s.intervals);
    return name ? { kind: 'special', intervals, name } : { kind: 'special', intervals };
  }
  const closure = schedule.closures.find((c) => c.date <= iso && iso <= lastDay(c));
  if (closure) return { kind: 'closure', intervals: [], name: closure.name };
  const weekday = WEEKDAYS[(calendar.getUTCDay() + 6) % 7] ?? 'mon';
  return { kind: 'weekly', intervals: schedule.weekly[weekday] };
}

/** An `until` before `date` is a typing slip; the closure still covers `date`. */
function lastDay(closure: { date: string; until?: string | undefined }): string {
  return closure.until && closure.until > closure.date ? closure.until : closure.date;
}
