import { epochMsOf, wallDayOf, wallMsAt } from './local-time.js';
import { openBlocks } from './open-blocks.js';
import type { Schedule } from './schema.js';
import { isOpenAt } from './state.js';

const DEFAULT_HORIZON_DAYS = 400;

/**
 * The first instant strictly after `at` where open/closed flips, with the
 * state from then on; null when it never changes within `horizonDays`.
 * Touching or overlapping openings (Mon 18:00-24:00 then Tue 00:00-10:00)
 * count as one, so they produce no change.
 *
 * @example
 * nextChange(officeHours, new Date('2026-03-02T14:00:00Z'));
 * // { at: <today 17:00 local>, open: false }
 */
export function nextChange(
  schedule: Schedule,
  at: Date,
  horizonDays = DEFAULT_HORIZON_DAYS,
): { at: Date; open: boolean } | null {
  const ms = epochMsOf(at);
  const today = wallDayOf(wallMsAt(ms, schedule.timeZone));
  for (const block of openBlocks(schedule, today, horizonDays + 1)) {
    if (block.end <= ms) continue;
    if (block.start > ms) return { at: new Date(block.start), open: true };
    return block.end === Infinity ? null : { at: new Date(block.end), open: false };
  }
  return null;
}

/**
 * `at` itself when open now, else the next opening; null if none within the horizon.
 *
 * @example
 * nextOpening(officeHours, new Date('2026-03-07T12:00:00Z')); // Monday 09:00 local
 */
export function nextOpening(
  schedule: Schedule,
  at: Date,
  horizonDays = DEFAULT_HORIZON_DAYS,
): Date | null {
  if (isOpenAt(schedule, at)) return new Date(epochMsOf(at));
  return nextChange(schedule, at, horizonDays)?.at ?? null;
}

/**
 * `at` itself when closed now, else the next closing; null if it stays open
 * through the horizon.
 *
 * @example
 * nextClosing(officeHours, new Date('2026-03-02T14:00:00Z')); // today 17:00 local
 */
export function nextClosing(
  schedule: Schedule,
  at: Date,
  horizonDays = DEFAULT_HORIZON_DAYS,
): Date | null {
  if (!isOpenAt(schedule, at)) return new Date(epochMsOf(at));
  return nextChange(schedule, at, horizonDays)?.at ?? null;
}
