/**
 * @module
 * Every date and time the admin app shows, in one format: the viewer's own
 * locale (a US browser reads "Nov 23, 2:30:05 PM", a British one
 * "23 Nov, 14:30:05") and the viewer's time zone, named wherever an exact
 * time is given. Times that belong to a schedule are the schedule's, worded
 * on the server and shown with its zone (see ScheduleStatusLine).
 *
 * Each function takes the locale last so tests can pin one; the app leaves
 * it out and the browser's is used.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Locale = string | undefined;

/** The viewer's time zone, as the browser reports it ("Europe/London"). */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * A moment in a list: day, month and time to the second, the year only when
 * it is not this year's.
 *
 * @example
 * formatWhen('2026-11-23T14:30:05Z', 'en-GB'); // '23 Nov, 14:30:05' (in a London browser)
 */
export function formatWhen(iso: string, locale?: Locale, now: Date = new Date()): string {
  const date = new Date(iso);
  return date.toLocaleString(locale, {
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** A time of day to the second, for a call's timeline: "14:30:05". */
export function formatClock(iso: string, locale?: Locale): string {
  return new Date(iso).toLocaleTimeString(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** A time of day to the minute: "14:30". */
export function formatHourMinute(date: Date, locale?: Locale): string {
  return date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/** A day: "23 Nov 2026". */
export function formatDay(iso: string | Date, locale?: Locale): string {
  return new Date(iso).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/**
 * The exact time for a title or a detail, with the viewer's zone named:
 * "Mon 23 Nov 2026, 14:30:05 GMT".
 */
export function exactTime(iso: string, locale?: Locale): string {
  return new Date(iso).toLocaleString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });
}

/**
 * How long ago `iso` was, seen from `now`: "just now", "5 minutes ago",
 * "3 hours ago", "yesterday", "4 days ago", then the day itself. Days are
 * counted by the calendar, so last night at 23:00 is "yesterday" at 09:00.
 *
 * @example
 * relativeTime('2026-11-23T14:55:00Z', Date.parse('2026-11-23T15:00:00Z'), 'en'); // '5 minutes ago'
 */
export function relativeTime(iso: string, now: number | Date, locale?: Locale): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const from = typeof now === 'number' ? now : now.getTime();
  const ago = from - at;
  // Clocks of server and browser differ by a little: nothing happened "in 3 seconds".
  if (ago < 45_000) return 'just now';
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < HOUR) return words.format(-Math.max(1, Math.round(ago / MINUTE)), 'minute');
  if (ago < DAY) return words.format(-Math.floor(ago / HOUR), 'hour');
  const days = calendarDaysBetween(at, from);
  if (days < 7) return words.format(-Math.max(1, days), 'day');
  const date = new Date(at);
  return date.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() === new Date(from).getFullYear() ? {} : { year: 'numeric' }),
  });
}

/** Midnights passed between two instants, in the viewer's time zone. */
function calendarDaysBetween(from: number, to: number): number {
  const a = new Date(from);
  const b = new Date(to);
  const start = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const end = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((end - start) / DAY);
}
