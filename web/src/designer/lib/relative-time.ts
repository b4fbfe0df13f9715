/**
 * @module
 * "5 minutes ago" for the revision history; the exact time goes in a tooltip.
 */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * How long ago `iso` was, seen from `now` (passed in, so tests and the
 * simulator's clock decide what now is).
 *
 * @example
 * relativeTime('2026-11-23T15:00:00Z', new Date('2026-11-23T15:05:00Z')); // '5 minutes ago'
 * relativeTime('2026-11-22T12:00:00Z', new Date('2026-11-23T15:00:00Z')); // 'yesterday'
 */
export function relativeTime(iso: string, now: Date, locale = 'en'): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  if (Number.isNaN(seconds)) return '';
  // Clocks of server and browser differ by a little; a revision is never "in 3 seconds".
  if (Math.abs(seconds) < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), 'minute');
}
