import type { Temporal } from 'temporal-polyfill';
import { dayPlan } from './day-plan.js';
import { epochMsOf, wallDayOf, wallMsAt, zonedAt } from './local-time.js';
import { nextClosing, nextOpening } from './next-change.js';
import type { Schedule } from './schema.js';
import { scheduleStateAt } from './state.js';

// Fixed English names rather than Intl, so the text is the same in every browser and on the server.
const WEEKDAY_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_SHORT = MONTH_LONG.map((month) => month.slice(0, 3));

/**
 * One line for the schedule page, in the schedule's zone on a 24-hour clock.
 *
 * @example
 * describeOpenNow(officeHours, new Date('2026-03-02T14:00:00Z'));
 * // 'Open now · closes today at 17:00'
 * describeOpenNow(officeHours, new Date('2026-12-25T15:00:00Z'));
 * // 'Closed (Christmas Day) · opens Mon 28 Dec at 09:00'
 */
export function describeOpenNow(schedule: Schedule, at: Date): string {
  const state = scheduleStateAt(schedule, at);
  const name = state.closureName ?? state.specialName;
  const head = `${state.open ? 'Open now' : 'Closed'}${name ? ` (${name})` : ''}`;
  const next = state.open ? nextClosing(schedule, at) : nextOpening(schedule, at);
  if (!next) return head;
  const verb = state.open ? 'closes' : 'opens';
  return `${head} · ${verb} ${whenText(schedule, at, next, 'short')}`;
}

/**
 * The next opening as words for a text message (`{{hours.next_open}}`):
 * 'now' when open, '' when it never opens within the horizon.
 *
 * @example
 * formatOpening(officeHours, new Date('2026-03-06T20:00:00Z')); // 'Monday at 09:00'
 * formatOpening(officeHours, new Date('2026-03-02T12:30:00Z')); // 'today at 13:00'
 */
export function formatOpening(schedule: Schedule, at: Date): string {
  const opening = nextOpening(schedule, at);
  if (!opening) return '';
  if (opening.getTime() === epochMsOf(at)) return 'now';
  return whenText(schedule, at, opening, 'long');
}

/** 'today at 13:00', 'tomorrow at 09:00', then a weekday (long) or a short date. */
function whenText(schedule: Schedule, now: Date, then: Date, style: 'long' | 'short'): string {
  const from = zonedAt(epochMsOf(now), schedule.timeZone).toPlainDate();
  const target = zonedAt(then.getTime(), schedule.timeZone);
  const days = from.until(target.toPlainDate(), { largestUnit: 'days' }).days;
  const time = `${pad(target.hour)}:${pad(target.minute)}`;
  if (days === 1 && time === '00:00') return 'at midnight';
  return `${dayText(target, days, style)} at ${time}`;
}

function dayText(target: Temporal.ZonedDateTime, days: number, style: 'long' | 'short'): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  const weekday = target.dayOfWeek - 1;
  const month = target.month - 1;
  if (style === 'short') return `${WEEKDAY_SHORT[weekday]} ${target.day} ${MONTH_SHORT[month]}`;
  // Within a week the weekday alone is unambiguous; further out it needs the date.
  if (days < 7) return `${WEEKDAY_LONG[weekday]}`;
  return `${WEEKDAY_LONG[weekday]} ${target.day} ${MONTH_LONG[month]}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The hours of the local day that contains `at`, for `{{hours.today}}`:
 * special hours and closures included.
 *
 * @example
 * hoursOn(officeHours, new Date('2026-03-02T14:00:00Z')); // '09:00-17:00'
 * hoursOn(officeHours, new Date('2026-12-25T15:00:00Z')); // 'closed (Christmas Day)'
 */
export function hoursOn(schedule: Schedule, at: Date): string {
  const plan = dayPlan(schedule, wallDayOf(wallMsAt(epochMsOf(at), schedule.timeZone)));
  if (plan.intervals.length === 0) return plan.name ? `closed (${plan.name})` : 'closed';
  return plan.intervals.map((i) => `${i.from}-${i.to}`).join(', ');
}

/**
 * The local date and time of an instant in a zone, as texts say them
 * (`{{call.date}}`, `{{call.time}}`).
 *
 * @example
 * localDateAndTime('America/New_York', new Date('2026-11-23T15:00:00Z'));
 * // { date: 'Monday 23 November', time: '10:00' }
 */
export function localDateAndTime(timeZone: string, at: Date): { date: string; time: string } {
  const local = zonedAt(epochMsOf(at), timeZone);
  return {
    date: `${WEEKDAY_LONG[local.dayOfWeek - 1]} ${local.day} ${MONTH_LONG[local.month - 1]}`,
    time: `${pad(local.hour)}:${pad(local.minute)}`,
  };
}
