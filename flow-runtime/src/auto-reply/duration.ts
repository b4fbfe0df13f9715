const MINUTE = 60_000;

/**
 * A duration as the decision log says it: the two largest units, rounded
 * down to the minute.
 *
 * @example
 * formatDuration(42 * 60_000); // '42 min'
 * formatDuration(125 * 60_000); // '2 h 5 min'
 * formatDuration(1565 * 60_000); // '1 day 2 h'
 * formatDuration(20_000); // 'less than a minute'
 */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  if (minutes === 0) return 'less than a minute';
  const days = Math.floor(minutes / 1440);
  const parts = [
    days > 0 ? `${days} day${days === 1 ? '' : 's'}` : '',
    `${Math.floor((minutes % 1440) / 60)} h`,
    `${minutes % 60} min`,
  ].filter((part) => part !== '' && !part.startsWith('0 '));
  return parts.slice(0, 2).join(' ');
}

/**
 * How long ago `then` was, seen from `now`; a `then` in the future reads "in ...".
 *
 * @example
 * formatAgo(new Date('2026-01-01T10:00Z'), new Date('2026-01-01T10:42Z')); // '42 min ago'
 */
export function formatAgo(then: Date, now: Date): string {
  const ms = now.getTime() - then.getTime();
  return ms < 0 ? `in ${formatDuration(ms)}` : `${formatDuration(ms)} ago`;
}
