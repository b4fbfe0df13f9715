import { describe, expect, it } from 'vitest';
import { isOpenAt, nextChange, nextOpening, type Schedule } from '../src/index.js';
import { every, makeSchedule, utc, WEEKDAYS_ONLY } from './schedule-fixtures.js';

const HOUR = 3_600_000;

/** The one opening that contains `inside`, as [opens, closes] in ISO UTC. */
function openingAround(schedule: Schedule, inside: Date): [string, string] {
  const start = nextChange(schedule, new Date(inside.getTime() - 2 * 86_400_000));
  const end = nextChange(schedule, inside);
  expect(isOpenAt(schedule, inside)).toBe(true);
  expect(start?.open).toBe(true);
  expect(end?.open).toBe(false);
  return [start?.at.toISOString() ?? '', end?.at.toISOString() ?? ''];
}

describe('New York, spring forward on Sun 2026-03-08 (02:00 EST -> 03:00 EDT)', () => {
  const sunday = (from: string, to: string) =>
    makeSchedule('America/New_York', { sun: [[from, to]] });

  it('01:00-04:00 is open two real hours: 01:00 EST = 06:00Z to 04:00 EDT = 08:00Z', () => {
    const s = sunday('01:00', '04:00');
    expect(isOpenAt(s, utc('2026-03-08T05:59:59.999'))).toBe(false);
    expect(isOpenAt(s, utc('2026-03-08T06:00'))).toBe(true);
    expect(isOpenAt(s, utc('2026-03-08T07:59:59.999'))).toBe(true);
    expect(isOpenAt(s, utc('2026-03-08T08:00'))).toBe(false);
    expect(nextChange(s, utc('2026-03-08T06:30'))).toEqual({
      at: utc('2026-03-08T08:00'),
      open: false,
    });
    expect(nextChange(s, utc('2026-03-08T05:00'))).toEqual({
      at: utc('2026-03-08T06:00'),
      open: true,
    });
  });

  it('an opening at 02:30, which never happens, opens when the clock jumps: 03:00 EDT = 07:00Z', () => {
    const s = sunday('02:30', '05:00');
    expect(isOpenAt(s, utc('2026-03-08T06:59'))).toBe(false);
    expect(isOpenAt(s, utc('2026-03-08T07:00'))).toBe(true);
    expect(nextChange(s, utc('2026-03-08T05:00'))).toEqual({
      at: utc('2026-03-08T07:00'),
      open: true,
    });
    expect(nextChange(s, utc('2026-03-08T07:00'))).toEqual({
      at: utc('2026-03-08T09:00'),
      open: false,
    });
  });

  it('an interval lying wholly inside the skipped hour is not open that day', () => {
    const s = sunday('02:00', '02:45');
    // The next Sunday is on EDT: 02:00 EDT = 06:00Z.
    expect(nextOpening(s, utc('2026-03-08T00:00'))).toEqual(utc('2026-03-15T06:00'));
  });

  it('an overnight range Sat 22:00 -> Sun 06:00 lasts 7 real hours', () => {
    const s = makeSchedule('America/New_York', { sat: [['22:00', '06:00']] });
    // 22:00 EST = 03:00Z; 06:00 EDT = 10:00Z.
    expect(openingAround(s, utc('2026-03-08T05:00'))).toEqual([
      '2026-03-08T03:00:00.000Z',
      '2026-03-08T10:00:00.000Z',
    ]);
  });
});

describe('New York, fall back on Sun 2026-11-01 (02:00 EDT -> 01:00 EST)', () => {
  it('00:00-03:00 lasts 4 real hours: 00:00 EDT = 04:00Z to 03:00 EST = 08:00Z', () => {
    const s = makeSchedule('America/New_York', { sun: [['00:00', '03:00']] });
    expect(openingAround(s, utc('2026-11-01T06:30'))).toEqual([
      '2026-11-01T04:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
    ]);
    expect(isOpenAt(s, utc('2026-11-01T07:59'))).toBe(true);
  });

  it('a repeated 01:30 opens at its first occurrence (EDT, 05:30Z)', () => {
    const s = makeSchedule('America/New_York', { sun: [['01:30', '02:00']] });
    // 02:00 happens once, in EST: 07:00Z.
    expect(openingAround(s, utc('2026-11-01T06:00'))).toEqual([
      '2026-11-01T05:30:00.000Z',
      '2026-11-01T07:00:00.000Z',
    ]);
  });

  it('an overnight range Sat 22:00 -> Sun 06:00 lasts 9 real hours', () => {
    const s = makeSchedule('America/New_York', { sat: [['22:00', '06:00']] });
    // 22:00 EDT on 31 Oct = 02:00Z; 06:00 EST = 11:00Z.
    const [opens, closes] = openingAround(s, utc('2026-11-01T05:00'));
    expect([opens, closes]).toEqual(['2026-11-01T02:00:00.000Z', '2026-11-01T11:00:00.000Z']);
    expect(Date.parse(closes) - Date.parse(opens)).toBe(9 * HOUR);
  });
});

describe('Paris, fall back on Sun 2026-10-25 (03:00 CEST -> 02:00 CET)', () => {
  it('01:00-04:00 lasts 4 real hours: 01:00 CEST = 23:00Z to 04:00 CET = 03:00Z', () => {
    const s = makeSchedule('Europe/Paris', { sun: [['01:00', '04:00']] });
    expect(openingAround(s, utc('2026-10-25T01:00'))).toEqual([
      '2026-10-24T23:00:00.000Z',
      '2026-10-25T03:00:00.000Z',
    ]);
  });

  it('02:30-03:30 starts at the first 02:30 (CEST, 00:30Z) and ends at 03:30 CET (02:30Z)', () => {
    const s = makeSchedule('Europe/Paris', { sun: [['02:30', '03:30']] });
    expect(openingAround(s, utc('2026-10-25T01:00'))).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T02:30:00.000Z',
    ]);
  });
});

describe('Lord Howe Island: +10:30 standard, +11:00 summer, 30-minute shifts', () => {
  const office = makeSchedule('Australia/Lord_Howe', every(WEEKDAYS_ONLY, [['09:00', '17:00']]));

  it('opens at 09:00 +11:00 in summer (Wed 2026-01-14 = 22:00Z the day before)', () => {
    expect(nextChange(office, utc('2026-01-13T20:00'))).toEqual({
      at: utc('2026-01-13T22:00'),
      open: true,
    });
    expect(nextChange(office, utc('2026-01-13T22:00'))).toEqual({
      at: utc('2026-01-14T06:00'),
      open: false,
    });
  });

  it('opens at 09:00 +10:30 in winter (Wed 2026-06-17 = 22:30Z the day before)', () => {
    expect(nextChange(office, utc('2026-06-16T20:00'))).toEqual({
      at: utc('2026-06-16T22:30'),
      open: true,
    });
    expect(nextChange(office, utc('2026-06-16T22:30'))).toEqual({
      at: utc('2026-06-17T06:30'),
      open: false,
    });
  });

  it('Sun 2026-04-05 00:00-04:00 spans the 02:00 -> 01:30 shift: 4.5 real hours', () => {
    const s = makeSchedule('Australia/Lord_Howe', { sun: [['00:00', '04:00']] });
    // 00:00 +11:00 = 13:00Z; 04:00 +10:30 = 17:30Z.
    expect(openingAround(s, utc('2026-04-04T15:00'))).toEqual([
      '2026-04-04T13:00:00.000Z',
      '2026-04-04T17:30:00.000Z',
    ]);
  });

  it('a repeated 01:45 on 2026-04-05 opens at its first occurrence (+11:00)', () => {
    const s = makeSchedule('Australia/Lord_Howe', { sun: [['01:45', '03:00']] });
    // 01:45 +11:00 = 14:45Z; 03:00 +10:30 = 16:30Z.
    expect(openingAround(s, utc('2026-04-04T15:00'))).toEqual([
      '2026-04-04T14:45:00.000Z',
      '2026-04-04T16:30:00.000Z',
    ]);
  });

  it('Sun 2026-10-04 01:00-03:00 spans the 02:00 -> 02:30 shift: 1.5 real hours', () => {
    const s = makeSchedule('Australia/Lord_Howe', { sun: [['01:00', '03:00']] });
    // 01:00 +10:30 = 14:30Z; 03:00 +11:00 = 16:00Z.
    expect(openingAround(s, utc('2026-10-03T15:00'))).toEqual([
      '2026-10-03T14:30:00.000Z',
      '2026-10-03T16:00:00.000Z',
    ]);
  });

  it('a skipped 02:15 on 2026-10-04 opens when the clock jumps (02:30 +11:00 = 15:30Z)', () => {
    const s = makeSchedule('Australia/Lord_Howe', { sun: [['02:15', '04:00']] });
    expect(openingAround(s, utc('2026-10-03T16:00'))).toEqual([
      '2026-10-03T15:30:00.000Z',
      '2026-10-03T17:00:00.000Z',
    ]);
  });
});

describe('zones offset by a half or three quarters of an hour', () => {
  it('Kolkata (+05:30): Mon 2026-03-02 09:00-17:00 is 03:30Z-11:30Z', () => {
    const s = makeSchedule('Asia/Kolkata', every(WEEKDAYS_ONLY, [['09:00', '17:00']]));
    expect(openingAround(s, utc('2026-03-02T06:00'))).toEqual([
      '2026-03-02T03:30:00.000Z',
      '2026-03-02T11:30:00.000Z',
    ]);
    // Friday evening -> Monday 09:00 IST.
    expect(nextOpening(s, utc('2026-03-06T12:00'))).toEqual(utc('2026-03-09T03:30'));
  });

  it('Kathmandu (+05:45): Mon 2026-03-02 09:00-17:00 is 03:15Z-11:15Z', () => {
    const s = makeSchedule('Asia/Kathmandu', every(WEEKDAYS_ONLY, [['09:00', '17:00']]));
    expect(openingAround(s, utc('2026-03-02T06:00'))).toEqual([
      '2026-03-02T03:15:00.000Z',
      '2026-03-02T11:15:00.000Z',
    ]);
  });

  it("St. John's (-03:30 in winter): Mon 2026-01-05 09:00 is 12:30Z", () => {
    const s = makeSchedule('America/St_Johns', every(WEEKDAYS_ONLY, [['09:00', '17:00']]));
    expect(nextOpening(s, utc('2026-01-05T00:00'))).toEqual(utc('2026-01-05T12:30'));
  });
});
