import { type Schedule, WEEKDAYS, type Weekday } from '@ringflow/shared';

/**
 * One opening, as typed: `HH:MM` strings that may still be invalid. `key`
 * identifies the row on screen, so removing one keeps the others' inputs.
 */
export interface IntervalRow {
  key: number;
  from: string;
  to: string;
}
/** A closure as typed; `until` is '' for a single day. */
export interface ClosureRow {
  key: number;
  date: string;
  until: string;
  name: string;
}
export interface SpecialRow {
  key: number;
  date: string;
  name: string;
  intervals: IntervalRow[];
}

/** What the schedule editor edits; `toScheduleBody` turns it into the API's shape. */
export interface ScheduleForm {
  name: string;
  timeZone: string;
  weekly: Record<Weekday, IntervalRow[]>;
  closures: ClosureRow[];
  special: SpecialRow[];
}

/** The body of POST/PUT /schedules: a schedule without its id. */
export type ScheduleBody = Omit<Schedule, 'id'>;

export const DAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const WORKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

let lastKey = 0;
/** A fresh key for a row on screen. */
export function rowKey(): number {
  lastKey += 1;
  return lastKey;
}

export function intervalRow(from: string, to: string): IntervalRow {
  return { key: rowKey(), from, to };
}

/** Rows as the schedule stores them, without their screen keys. */
export function times(rows: readonly IntervalRow[]): { from: string; to: string }[] {
  return rows.map((r) => ({ from: r.from.trim(), to: r.to.trim() }));
}

/** A new schedule: 09:00-17:00 on weekdays, in the browser's time zone. */
export function newScheduleForm(timeZone: string): ScheduleForm {
  const weekly = emptyWeek();
  for (const day of WORKDAYS) weekly[day] = [intervalRow('09:00', '17:00')];
  return { name: '', timeZone, weekly, closures: [], special: [] };
}

export function formFromSchedule(schedule: Schedule): ScheduleForm {
  const weekly = emptyWeek();
  for (const day of WEEKDAYS)
    weekly[day] = schedule.weekly[day].map((i) => intervalRow(i.from, i.to));
  return {
    name: schedule.name,
    timeZone: schedule.timeZone,
    weekly,
    closures: schedule.closures.map((c) => ({
      key: rowKey(),
      date: c.date,
      until: c.until ?? '',
      name: c.name,
    })),
    special: schedule.special.map((s) => ({
      key: rowKey(),
      date: s.date,
      name: s.name ?? '',
      intervals: s.intervals.map((i) => intervalRow(i.from, i.to)),
    })),
  };
}

function emptyWeek(): Record<Weekday, IntervalRow[]> {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

/**
 * The interval a day gets when "Add hours" is pressed: office hours on an
 * empty day, otherwise a shift starting an hour after the last one ends, the
 * common shape of a split shift (09:00-12:00, then 13:00-17:00).
 */
export function nextInterval(intervals: readonly IntervalRow[]): IntervalRow {
  const last = intervals.at(-1);
  if (!last || !/^\d\d:\d\d$/.test(last.to)) return intervalRow('09:00', '17:00');
  const from = addHours(last.to, 1);
  return intervalRow(from, addHours(from, 4));
}

/** HH:MM plus whole hours, wrapping at midnight. */
export function addHours(time: string, hours: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const hour = (((h + hours) % 24) + 24) % 24;
  return `${String(hour).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export function addInterval(form: ScheduleForm, day: Weekday): ScheduleForm {
  const list = form.weekly[day];
  return { ...form, weekly: { ...form.weekly, [day]: [...list, nextInterval(list)] } };
}

export function removeInterval(form: ScheduleForm, day: Weekday, index: number): ScheduleForm {
  const list = form.weekly[day].filter((_, i) => i !== index);
  return { ...form, weekly: { ...form.weekly, [day]: list } };
}

export function updateInterval(
  form: ScheduleForm,
  day: Weekday,
  index: number,
  patch: Partial<IntervalRow>,
): ScheduleForm {
  const list = form.weekly[day].map((row, i) => (i === index ? { ...row, ...patch } : row));
  return { ...form, weekly: { ...form.weekly, [day]: list } };
}

/** Monday's hours on Tuesday to Friday; the weekend is left as it is. */
export function copyMondayToWeekdays(form: ScheduleForm): ScheduleForm {
  const weekly = { ...form.weekly };
  for (const day of WORKDAYS) weekly[day] = form.weekly.mon.map((i) => intervalRow(i.from, i.to));
  return { ...form, weekly };
}

/** An interval that ends before it starts runs into the next day (docs/schedules.md). */
export function isOvernight(interval: { from: string; to: string }): boolean {
  return interval.to < interval.from;
}

export function toScheduleBody(form: ScheduleForm): ScheduleBody {
  const weekly: ScheduleBody['weekly'] = {
    mon: [],
    tue: [],
    wed: [],
    thu: [],
    fri: [],
    sat: [],
    sun: [],
  };
  for (const day of WEEKDAYS) weekly[day] = times(form.weekly[day]);
  return {
    name: form.name.trim(),
    timeZone: form.timeZone,
    weekly,
    closures: form.closures.map((c) => ({
      date: c.date,
      ...(c.until ? { until: c.until } : {}),
      name: c.name.trim(),
    })),
    special: form.special.map((s) => ({
      date: s.date,
      ...(s.name.trim() ? { name: s.name.trim() } : {}),
      intervals: times(s.intervals),
    })),
  };
}
