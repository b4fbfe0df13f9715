import { dayPlan } from './day-plan.js';
import { DAY_MS, epochMsOf, wallDayOf, wallMsAt, wallToEpochMs } from './local-time.js';
import type { Schedule } from './schema.js';
import { type WallSpan, wallSpansOn } from './wall-spans.js';

export interface ScheduleState {
  open: boolean;
  /** why: within weekly hours, within a date's special hours, closed by a closure, or simply outside hours */
  reason: 'weekly' | 'special' | 'closure' | 'outside-hours';
  /** the closure's name when reason is 'closure' (a holiday) */
  closureName?: string;
  /** the special date's name when reason is 'special', or when closed outside a named special date's hours */
  specialName?: string;
}

/**
 * Whether the schedule is open at a real instant, and why.
 *
 * @example
 * scheduleStateAt(officeHours, new Date('2026-12-25T15:00:00Z'));
 * // { open: false, reason: 'closure', closureName: 'Christmas Day' }
 */
export function scheduleStateAt(schedule: Schedule, at: Date): ScheduleState {
  const ms = epochMsOf(at);
  const today = wallDayOf(wallMsAt(ms, schedule.timeZone));
  const instant = memoized((wall: number) => wallToEpochMs(wall, schedule.timeZone));
  // Yesterday for overnight ranges; tomorrow only matters when a fall-back repeats midnight.
  const spans = [today - DAY_MS, today, today + DAY_MS].flatMap((day) =>
    wallSpansOn(schedule, day),
  );
  const covering: WallSpan[] = [];
  for (const span of spans) {
    // `at` is on or after today's midnight, so whatever ended by then cannot cover it.
    if (span.end <= today) continue;
    // Starts come in order and the wall-to-instant mapping is monotonic: the rest start later.
    if (instant(span.start) > ms) break;
    if (ms < instant(span.end)) covering.push(span);
  }
  const special = covering.find((span) => span.reason === 'special');
  if (special) {
    return special.name
      ? { open: true, reason: 'special', specialName: special.name }
      : { open: true, reason: 'special' };
  }
  if (covering.length > 0) return { open: true, reason: 'weekly' };

  const plan = dayPlan(schedule, today);
  if (plan.kind === 'closure') {
    return plan.name
      ? { open: false, reason: 'closure', closureName: plan.name }
      : { open: false, reason: 'closure' };
  }
  if (plan.kind === 'special' && plan.name) {
    return { open: false, reason: 'outside-hours', specialName: plan.name };
  }
  return { open: false, reason: 'outside-hours' };
}

/**
 * True when the schedule is open at `at`.
 *
 * @example
 * isOpenAt(officeHours, new Date('2026-03-02T14:00:00Z')); // true
 */
export function isOpenAt(schedule: Schedule, at: Date): boolean {
  return scheduleStateAt(schedule, at).open;
}

/** Converting a wall time costs a zone lookup; 24:00 and the next day's 00:00 are the same one. */
function memoized(convert: (wall: number) => number): (wall: number) => number {
  const seen = new Map<number, number>();
  return (wall) => {
    let ms = seen.get(wall);
    if (ms === undefined) {
      ms = convert(wall);
      seen.set(wall, ms);
    }
    return ms;
  };
}
