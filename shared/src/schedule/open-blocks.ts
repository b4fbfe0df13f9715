import { DAY_MS, wallToEpochMs } from './local-time.js';
import type { Schedule } from './schema.js';
import { wallSpansOn } from './wall-spans.js';

/** A maximal stretch of open time as real instants; `end` is Infinity when it runs past the horizon. */
export interface OpenBlock {
  start: number;
  end: number;
}

/**
 * The schedule's openings still running at, or starting after, the local
 * midnight `fromDay` (wall ms), for `days` days: as instants, with
 * overlapping and touching intervals joined, in order. Lazy, so a caller
 * that stops early converts only a few boundaries.
 *
 * @example
 * const [first] = openBlocks(officeHours, Date.UTC(2026, 2, 2), 7);
 * // { start: <Mon 09:00 local>, end: <Mon 17:00 local> }
 */
export function* openBlocks(
  schedule: Schedule,
  fromDay: number,
  days: number,
): Generator<OpenBlock> {
  let pending: OpenBlock | null = null;
  // The day before counts for its overnight ranges only.
  for (const wall of wallBlocks(schedule, fromDay - DAY_MS, days + 1)) {
    if (wall.end <= fromDay) continue;
    const start = wallToEpochMs(wall.start, schedule.timeZone);
    const end = wall.end === Infinity ? Infinity : wallToEpochMs(wall.end, schedule.timeZone);
    // Wholly inside a spring-forward gap: never open.
    if (end <= start) continue;
    // Separate in wall time can still touch as instants, when both ends fall in one gap.
    if (pending && start <= pending.end) {
      pending.end = Math.max(pending.end, end);
      continue;
    }
    if (pending) yield pending;
    pending = { start, end };
  }
  if (pending) yield pending;
}

/**
 * Merged openings in wall ms. Spans arrive in start order, day after day, so
 * a block is final once a span starts past its end.
 */
function* wallBlocks(schedule: Schedule, firstDay: number, days: number): Generator<OpenBlock> {
  const horizon = firstDay + days * DAY_MS;
  let block: OpenBlock | null = null;
  for (let day = firstDay; day < horizon; day += DAY_MS) {
    for (const span of wallSpansOn(schedule, day)) {
      if (block && span.start <= block.end) {
        block.end = Math.max(block.end, span.end);
        continue;
      }
      if (block) yield block;
      block = { start: span.start, end: span.end };
    }
  }
  // A day past the horizon could start at this end and extend it.
  if (block) yield block.end < horizon ? block : { start: block.start, end: Infinity };
}
