import { Temporal } from 'temporal-polyfill';
import { fastWallMsAt, fastWallToEpochMs } from './zone-clock.js';

export const DAY_MS = 86_400_000;

/*
 * "Wall ms" is a local date and time written as if it were UTC: calendar
 * arithmetic (next day, 18:00 + 16 hours) without any zone, so a schedule can
 * be laid out and merged with plain numbers, and Date's UTC fields read it
 * back. Only the few boundaries that matter become real instants, through
 * zone-clock.ts (a cached Intl formatter per zone, Temporal for the rare gaps).
 */

/** Epoch milliseconds of `at`, refusing an Invalid Date instead of answering for NaN. */
export function epochMsOf(at: Date): number {
  const ms = at.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms;
}

/** The local wall-clock reading, in wall ms, of the instant `epochMs` in `timeZone`. */
export function wallMsAt(epochMs: number, timeZone: string): number {
  return fastWallMsAt(epochMs, timeZone);
}

/** Wall ms of local midnight starting the wall day that `wallMs` falls on. */
export function wallDayOf(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS) * DAY_MS;
}

/**
 * The real instant at which a local wall-clock time happens in `timeZone`.
 *
 * A time the clocks skip (spring forward) resolves to the moment the clocks
 * jump, the first instant the wall clock reads that time or later: a shop
 * that opens at 02:30 is open once the clock shows 03:00. A time that happens
 * twice (fall back) takes its first occurrence. Both rules keep the mapping
 * monotonic, so intervals merged in wall time stay merged as instants.
 *
 * @example
 * wallToEpochMs(Date.UTC(2026, 2, 8, 2, 30), 'America/New_York');
 * // Date.UTC(2026, 2, 8, 7) — 03:00 EDT
 */
export function wallToEpochMs(wallMs: number, timeZone: string): number {
  return fastWallToEpochMs(wallMs, timeZone);
}

/** The instant `epochMs` as local date and time fields in `timeZone`. */
export function zonedAt(epochMs: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
}
