import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isOpenAt,
  nextChange,
  nextClosing,
  nextOpening,
  type Schedule,
  ScheduleSchema,
  scheduleStateAt,
  WEEKDAYS,
} from '../src/index.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK = 7 * DAY;
const NUM_RUNS = 150;

const ZONES = [
  'America/New_York',
  'Europe/Paris',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'UTC',
  'America/St_Johns',
];

// Near DST changes is where mistakes live, so half the instants are drawn around one.
const TRANSITIONS = [
  '2026-03-08T07:00Z',
  '2026-03-29T01:00Z',
  '2026-04-04T15:00Z',
  '2026-10-03T15:30Z',
  '2026-10-25T01:00Z',
  '2026-11-01T06:00Z',
  '2027-03-14T07:00Z',
  '2027-03-28T01:00Z',
  '2027-04-03T15:00Z',
  '2027-10-02T15:30Z',
  '2027-10-31T01:00Z',
  '2027-11-07T06:00Z',
].map(Date.parse);

const pad = (n: number) => String(n).padStart(2, '0');
/** Quarter hours 0..96 as HH:MM, 96 being 24:00. */
const clock = (quarter: number) => `${pad(Math.floor(quarter / 4))}:${pad((quarter % 4) * 15)}`;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const intervalArb = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 0, max: 96 }))
  .filter(([from, to]) => from !== to)
  .map(([from, to]) => ({ from: clock(from), to: clock(to) }));
const dayArb = fc.array(intervalArb, { maxLength: 3 });
const weeklyArb = fc
  .tuple(dayArb, dayArb, dayArb, dayArb, dayArb, dayArb, dayArb)
  .map((days) => Object.fromEntries(WEEKDAYS.map((day, i) => [day, days[i]])));

const instantArb = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...TRANSITIONS),
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
    ),
    fc.integer({ min: -3 * DAY, max: 3 * DAY }),
    fc.boolean(),
  )
  // Instants on quarter hours land exactly on boundaries now and then.
  .map(([focus, offset, aligned]) =>
    aligned ? Math.floor((focus + offset) / (15 * MINUTE)) * 15 * MINUTE : focus + offset,
  );

/** A schedule with closures and special dates near the instant, so they matter. */
const scenarioArb = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    weekly: weeklyArb,
    at: instantArb,
    closures: fc.array(
      fc.record({ day: fc.integer({ min: -5, max: 10 }), length: fc.integer({ min: 0, max: 3 }) }),
      {
        maxLength: 2,
      },
    ),
    special: fc.array(fc.record({ day: fc.integer({ min: -5, max: 10 }), intervals: dayArb }), {
      maxLength: 2,
    }),
  })
  .map(({ timeZone, weekly, at, closures, special }) => ({
    at: new Date(at),
    schedule: ScheduleSchema.parse({
      id: 'p',
      name: 'Property',
      timeZone,
      weekly,
      closures: closures.map((c, i) => ({
        date: isoDate(at + c.day * DAY),
        until: isoDate(at + (c.day + c.length) * DAY),
        name: `Closure ${i}`,
      })),
      special: special.map((s) => ({ date: isoDate(at + s.day * DAY), intervals: s.intervals })),
    }),
  }));

const fractionsArb = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
  minLength: 3,
  maxLength: 3,
});

/** Instants in [from, to): the first, the last millisecond and a few in between. */
function samples(from: number, to: number, fractions: number[]): Date[] {
  return [from, to - 1, ...fractions.map((f) => from + Math.floor(f * (to - from)))].map(
    (ms) => new Date(ms),
  );
}

describe('schedule properties', () => {
  it('nextChange flips the state, strictly later, and nothing flips before it', () => {
    fc.assert(
      fc.property(scenarioArb, fractionsArb, ({ schedule, at }, fractions) => {
        const state = scheduleStateAt(schedule, at);
        expect(state.open).toBe(state.reason === 'weekly' || state.reason === 'special');
        const change = nextChange(schedule, at);
        const until = change ? change.at.getTime() : at.getTime() + 30 * DAY;
        if (change) {
          expect(change.at.getTime()).toBeGreaterThan(at.getTime());
          expect(change.open).toBe(!state.open);
          expect(isOpenAt(schedule, change.at)).toBe(change.open);
        }
        for (const t of samples(at.getTime() + 1, until, fractions)) {
          expect(isOpenAt(schedule, t)).toBe(state.open);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('nextOpening is open and nothing before it is; nextClosing is closed and everything before it is open', () => {
    fc.assert(
      fc.property(scenarioArb, fractionsArb, ({ schedule, at }, fractions) => {
        const opening = nextOpening(schedule, at);
        const closing = nextClosing(schedule, at);
        if (opening) expect(isOpenAt(schedule, opening)).toBe(true);
        if (closing) expect(isOpenAt(schedule, closing)).toBe(false);
        expect(
          opening === null || closing === null || opening.getTime() !== closing.getTime(),
        ).toBe(true);
        for (const [edge, open] of [
          [opening, false],
          [closing, true],
        ] as const) {
          if (!edge || edge.getTime() === at.getTime()) continue;
          for (const t of samples(at.getTime(), edge.getTime(), fractions)) {
            expect(isOpenAt(schedule, t)).toBe(open);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('in UTC, weekly hours repeat every 7 days', () => {
    fc.assert(
      fc.property(weeklyArb, instantArb, (weekly, ms) => {
        const schedule = ScheduleSchema.parse({ id: 'p', name: 'Weekly', timeZone: 'UTC', weekly });
        const at = new Date(ms);
        const weekLater = new Date(ms + WEEK);
        expect(isOpenAt(schedule, weekLater)).toBe(isOpenAt(schedule, at));
        const change = nextChange(schedule, at);
        const changeWeekLater = nextChange(schedule, weekLater);
        expect(changeWeekLater?.open).toBe(change?.open);
        expect(changeWeekLater?.at.getTime()).toBe(change ? change.at.getTime() + WEEK : undefined);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('in UTC, isOpenAt agrees with reading the weekly table directly', () => {
    fc.assert(
      fc.property(weeklyArb, instantArb, (weekly, ms) => {
        const schedule: Schedule = ScheduleSchema.parse({
          id: 'p',
          name: 'Weekly',
          timeZone: 'UTC',
          weekly,
        });
        expect(isOpenAt(schedule, new Date(ms))).toBe(openByTable(schedule, ms));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

/** An independent reading for UTC, where the wall clock is the instant: today's and yesterday's rows. */
function openByTable(schedule: Schedule, ms: number): boolean {
  const today = Math.floor(ms / DAY) * DAY;
  return [today - DAY, today].some((day) => {
    const weekday = WEEKDAYS[(new Date(day).getUTCDay() + 6) % 7] ?? 'mon';
    return schedule.weekly[weekday].some(({ from, to }) => {
      const start = day + minutes(from) * MINUTE;
      const end = day + (minutes(to) + (minutes(to) <= minutes(from) ? 24 * 60 : 0)) * MINUTE;
      return start <= ms && ms < end;
    });
  });
}

function minutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}
