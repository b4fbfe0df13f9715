/**
 * @module
 * The tester picks a local date and time in a zone; the machine needs an
 * instant. Computed with Intl (web does not depend on Temporal), trying the
 * zone's offsets on either side of the wall time, which is exact as long as
 * a zone changes its offset at most once in two days.
 */

const HOUR_MS = 3_600_000;

/** An instant for a local date and time, with a note when the wall time is skipped or repeated. */
export interface ZonedInstant {
  /** ISO instant, e.g. '2026-11-23T15:00:00.000Z'. */
  instant: string;
  /** Set when the local time does not exist (spring forward) or happens twice (fall back). */
  note: string | null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `epochMs` in `timeZone`, written as if it were UTC ("wall ms"). */
export function wallMsOf(epochMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second) + (epochMs % 1000);
}

/** Parses 'YYYY-MM-DD' and 'HH:MM' into wall ms, or null when either is malformed. */
export function parseWall(date: string, time: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t) return null;
  const [, y, mo, da] = d.map(Number) as [number, number, number, number];
  const [, h, mi, s = 0] = t.map((v) => Number(v ?? 0)) as [number, number, number, number];
  const ms = Date.UTC(y, mo - 1, da, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCDate() !== da || back.getUTCMonth() !== mo - 1 || h > 23 || mi > 59) return null;
  return ms;
}

/**
 * The instant at which the clocks in `timeZone` read `date` `time`. A time the
 * clocks skip is moved forward by the gap (02:30 becomes 03:30), as a phone
 * system's clock would read it; a time that happens twice takes the first.
 *
 * @example
 * zonedInstant('2026-11-23', '10:00', 'America/New_York').instant; // '2026-11-23T15:00:00.000Z'
 * zonedInstant('2026-03-08', '02:30', 'America/New_York').note;    // '02:30 does not exist ...'
 */
export function zonedInstant(date: string, time: string, timeZone: string): ZonedInstant {
  const wall = parseWall(date, time);
  if (wall === null) throw new RangeError(`Not a date and time: ${date} ${time}`);
  const offsetAt = (epochMs: number) => wallMsOf(epochMs, timeZone) - epochMs;
  const before = offsetAt(wall - 24 * HOUR_MS);
  const after = offsetAt(wall + 24 * HOUR_MS);
  const candidates = [...new Set([wall - before, wall - after])]
    .filter((t) => wallMsOf(t, timeZone) === wall)
    .sort((a, b) => a - b);
  const hhmm = time.slice(0, 5);
  const first = candidates[0];
  if (first === undefined) {
    // In a gap: the offset before the jump carries the wall time past it.
    const moved = wall - before;
    const shown = new Date(wallMsOf(moved, timeZone)).toISOString().slice(11, 16);
    return {
      instant: new Date(moved).toISOString(),
      note: `${hhmm} does not exist on ${date} in ${timeZone} (the clocks skip it); simulating ${shown}`,
    };
  }
  return {
    instant: new Date(first).toISOString(),
    note:
      candidates.length > 1
        ? `${hhmm} happens twice on ${date} in ${timeZone}; simulating the first`
        : null,
  };
}

/** The local date ('YYYY-MM-DD') and time ('HH:MM') of `epochMs` in `timeZone`. */
export function localFields(epochMs: number, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallMsOf(epochMs, timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** Every IANA zone the browser knows, with `extra` (the browser's own) included. */
export function timeZones(extra: string): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  return all.includes(extra) ? all : [extra, ...all];
}
