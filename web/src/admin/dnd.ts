import { formatHourMinute } from '../ui/dates.js';

/** The quick choices of the do-not-disturb control, as OpenPhone offers them. */
export const DND_CHOICES = [
  { label: '30 min', minutes: 30 },
  { label: '1 h', minutes: 60 },
  { label: '8 h', minutes: 480 },
] as const;

/** The server's limit for one do-not-disturb period. */
export const DND_MAX_MINUTES = 60 * 24 * 30;

/** Whether a member's do not disturb is still on at `now`. */
export function dndActive(dndUntil: string | null, now: Date): dndUntil is string {
  return dndUntil !== null && new Date(dndUntil).getTime() > now.getTime();
}

/**
 * "Do not disturb until 14:30", with the weekday and date when it ends on
 * another day; null when it is off. Times are the viewer's, in their locale.
 *
 * @example
 * dndLine('2026-11-23T14:30:00', new Date('2026-11-23T13:30:00')) // 'Do not disturb until 14:30'
 */
export function dndLine(dndUntil: string | null, now: Date, locale?: string): string | null {
  if (!dndActive(dndUntil, now)) return null;
  const until = new Date(dndUntil);
  const time = formatHourMinute(until, locale);
  if (until.toDateString() === now.toDateString()) return `Do not disturb until ${time}`;
  const day = until.toLocaleDateString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  return `Do not disturb until ${day} ${time}`;
}

/**
 * Minutes from `now` until a `datetime-local` value (the custom choice),
 * rounded up, or a message saying why it cannot be used.
 */
export function minutesUntil(local: string, now: Date): { minutes: number } | { error: string } {
  const at = new Date(local);
  if (!local || Number.isNaN(at.getTime())) return { error: 'Choose a date and time' };
  const minutes = Math.ceil((at.getTime() - now.getTime()) / 60_000);
  if (minutes < 1) return { error: 'Choose a time in the future' };
  if (minutes > DND_MAX_MINUTES) return { error: 'At most 30 days' };
  return { minutes };
}
