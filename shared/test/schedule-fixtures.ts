import { type Schedule, ScheduleSchema, WEEKDAYS, type Weekday } from '../src/index.js';

type Hours = Array<[from: string, to: string]>;

/** A valid schedule from a compact description; `weekly` days left out are closed. */
export function makeSchedule(
  timeZone: string,
  weekly: Partial<Record<Weekday, Hours>>,
  extra: Pick<Partial<Schedule>, 'closures' | 'special'> = {},
): Schedule {
  const days = Object.fromEntries(
    WEEKDAYS.map((day) => [day, (weekly[day] ?? []).map(([from, to]) => ({ from, to }))]),
  );
  return ScheduleSchema.parse({ id: 'test', name: 'Test', timeZone, weekly: days, ...extra });
}

/** The same hours on every day named. */
export function every(days: readonly Weekday[], hours: Hours): Partial<Record<Weekday, Hours>> {
  return Object.fromEntries(days.map((day) => [day, hours]));
}

export const WEEKDAYS_ONLY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** An instant written in UTC, so every expected value reads as plain arithmetic. */
export function utc(iso: string): Date {
  return new Date(`${iso}Z`);
}
