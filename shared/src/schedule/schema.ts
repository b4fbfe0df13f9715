import { z } from 'zod';

/** `HH:MM` on a 24-hour clock; `24:00` closes a day at midnight. */
export const TimeOfDaySchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use HH:MM on a 24-hour clock, e.g. 09:00');

/** A calendar date, `YYYY-MM-DD`, in the schedule's own time zone. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use YYYY-MM-DD');

/**
 * Open from `from` to `to`, local wall-clock time. When `to` is earlier than
 * `from` the range runs overnight into the next day (18:00 to 10:00). A range
 * belongs to the day it starts on: a holiday on Tuesday does not cut short
 * Monday night's shift.
 */
export const IntervalSchema = z
  .object({ from: TimeOfDaySchema, to: TimeOfDaySchema })
  .refine((i) => i.from !== i.to, {
    message: 'An interval must not start and end at the same time',
    path: ['to'],
  })
  .refine((i) => i.from !== '24:00', {
    message: 'An interval cannot start at 24:00',
    path: ['from'],
  });
export type Interval = z.output<typeof IntervalSchema>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const dayIntervals = z.array(IntervalSchema).max(12).default([]);

/** True when the runtime knows this IANA time zone (browsers and Node alike). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

export const ScheduleSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1, 'Give a name').max(120),
  /** IANA time zone, e.g. `America/New_York`. */
  timeZone: z.string().refine(isTimeZone, 'Unknown time zone; use an IANA name like Europe/Paris'),
  /** Several intervals a day allow split shifts (09:00-12:00 and 13:00-17:00). */
  weekly: z.object({
    mon: dayIntervals,
    tue: dayIntervals,
    wed: dayIntervals,
    thu: dayIntervals,
    fri: dayIntervals,
    sat: dayIntervals,
    sun: dayIntervals,
  }),
  /** Closed all day: a holiday, or a span of days from `date` to `until` inclusive. */
  closures: z
    .array(
      z.object({
        date: LocalDateSchema,
        until: LocalDateSchema.optional(),
        name: z.string().min(1, 'Give a name').max(120),
      }),
    )
    .max(500)
    .default([]),
  /** Hours for one date that replace the weekly hours (and any closure) of that date. */
  special: z
    .array(
      z.object({
        date: LocalDateSchema,
        name: z.string().max(120).optional(),
        intervals: z.array(IntervalSchema).max(12),
      }),
    )
    .max(500)
    .default([]),
});
export type Schedule = z.output<typeof ScheduleSchema>;
export type ScheduleInput = z.input<typeof ScheduleSchema>;
