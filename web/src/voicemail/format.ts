/**
 * @module
 * How the inbox words times: "5 min ago" with the exact time in a title,
 * and what became of a deleted recording.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago `iso` was, seen from `now`: "just now", "5 min ago", "3 h ago",
 * "yesterday", "4 days ago", then the date ("23 Nov", with the year when it
 * is not this year's).
 *
 * @example
 * relativeTime('2026-11-23T14:00:00Z', Date.parse('2026-11-23T14:05:00Z')) // "5 min ago"
 */
export function relativeTime(iso: string, now: number): string {
  const at = Date.parse(iso);
  const ago = now - at;
  if (ago < 45_000) return 'just now';
  if (ago < HOUR) return `${Math.max(1, Math.round(ago / MINUTE))} min ago`;
  if (ago < DAY) return `${Math.floor(ago / HOUR)} h ago`;
  const days = calendarDaysBetween(at, now);
  if (days <= 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  const date = new Date(at);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/** Midnights passed between two instants, in the browser's time zone. */
function calendarDaysBetween(from: number, to: number): number {
  const a = new Date(from);
  const b = new Date(to);
  const start = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const end = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((end - start) / DAY);
}

/**
 * The exact time for a title or a detail: "Mon 23 Nov 2026, 14:30:05".
 *
 * @example
 * exactTime('2026-11-23T14:30:05Z')
 */
export function exactTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** A day, for "deleted on …": "23 Nov 2026". */
export function dayOf(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/**
 * What became of a recording that is gone: retention's deletion names its
 * date, a person's deletion says so.
 *
 * @example
 * deletedLine('retention', '2026-11-23T03:00:00Z') // "Recording deleted by retention on 23 Nov 2026"
 */
export function deletedLine(reason: 'retention' | 'user' | null, at: string | null): string {
  if (reason === 'retention') {
    return at ? `Recording deleted by retention on ${dayOf(at)}` : 'Recording deleted by retention';
  }
  return at ? `Recording deleted on ${dayOf(at)}` : 'Recording deleted';
}
