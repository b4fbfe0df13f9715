import { describe, expect, it } from 'vitest';
import {
  isOpenAt,
  nextChange,
  nextClosing,
  nextOpening,
  scheduleStateAt,
  WEEKDAYS,
} from '../src/index.js';
import { every, makeSchedule, utc, WEEKDAYS_ONLY } from './schedule-fixtures.js';

describe('midnight and interval edges (Paris in early March is +01:00)', () => {
  const lateShift = makeSchedule('Europe/Paris', {
    mon: [['18:00', '24:00']],
    tue: [['00:00', '10:00']],
  });

  it('Mon 18:00-24:00 and Tue 00:00-10:00 are one opening', () => {
    // Mon 2026-03-02 20:00 local = 19:00Z; Tue 10:00 local = 09:00Z.
    expect(nextChange(lateShift, utc('2026-03-02T19:00'))).toEqual({
      at: utc('2026-03-03T09:00'),
      open: false,
    });
    expect(nextClosing(lateShift, utc('2026-03-02T19:00'))).toEqual(utc('2026-03-03T09:00'));
    expect(isOpenAt(lateShift, utc('2026-03-02T23:00'))).toBe(true);
  });

  it('is open exactly at `from` and closed exactly at `to`', () => {
    expect(isOpenAt(lateShift, utc('2026-03-02T16:59:59.999'))).toBe(false);
    expect(isOpenAt(lateShift, utc('2026-03-02T17:00'))).toBe(true);
    expect(isOpenAt(lateShift, utc('2026-03-03T08:59:59.999'))).toBe(true);
    expect(isOpenAt(lateShift, utc('2026-03-03T09:00'))).toBe(false);
    expect(nextOpening(lateShift, utc('2026-03-03T09:00'))).toEqual(utc('2026-03-09T17:00'));
  });

  it('24:00 closes at the next midnight', () => {
    const s = makeSchedule('Europe/Paris', { wed: [['20:00', '24:00']] });
    expect(nextChange(s, utc('2026-03-04T20:00'))).toEqual({
      at: utc('2026-03-04T23:00'),
      open: false,
    });
  });

  it('joins Sunday night to Monday morning across the end of the week', () => {
    const s = makeSchedule('Europe/Paris', {
      sun: [['22:00', '24:00']],
      mon: [['00:00', '02:00']],
    });
    expect(nextChange(s, utc('2026-03-01T21:30'))).toEqual({
      at: utc('2026-03-02T01:00'),
      open: false,
    });
  });

  it('joins overlapping and touching intervals of one day', () => {
    const overlap = makeSchedule('UTC', {
      mon: [
        ['09:00', '13:00'],
        ['12:00', '17:00'],
      ],
    });
    const touch = makeSchedule('UTC', {
      mon: [
        ['12:00', '17:00'],
        ['09:00', '12:00'],
      ],
    });
    for (const s of [overlap, touch]) {
      expect(nextChange(s, utc('2026-03-02T09:00'))).toEqual({
        at: utc('2026-03-02T17:00'),
        open: false,
      });
    }
  });
});

describe('split shifts 09:00-12:00 and 13:00-17:00', () => {
  const s = makeSchedule(
    'UTC',
    every(WEEKDAYS_ONLY, [
      ['09:00', '12:00'],
      ['13:00', '17:00'],
    ]),
  );

  it('is closed over lunch and opens again at 13:00', () => {
    expect(scheduleStateAt(s, utc('2026-03-02T12:30'))).toEqual({
      open: false,
      reason: 'outside-hours',
    });
    expect(nextChange(s, utc('2026-03-02T12:30'))).toEqual({
      at: utc('2026-03-02T13:00'),
      open: true,
    });
    expect(nextChange(s, utc('2026-03-02T10:00'))).toEqual({
      at: utc('2026-03-02T12:00'),
      open: false,
    });
    expect(scheduleStateAt(s, utc('2026-03-02T11:59'))).toEqual({ open: true, reason: 'weekly' });
  });
});

describe('closures and special dates (New York in December is -05:00)', () => {
  const s = makeSchedule('America/New_York', every(WEEKDAYS_ONLY, [['09:00', '17:00']]), {
    closures: [
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-31', until: '2027-01-01', name: 'New Year' },
    ],
    special: [
      { date: '2026-12-24', name: 'Christmas Eve', intervals: [{ from: '09:00', to: '13:00' }] },
      { date: '2027-01-01', name: 'Sale', intervals: [{ from: '10:00', to: '12:00' }] },
    ],
  });

  it('a single-day closure is closed all day, with its name', () => {
    expect(scheduleStateAt(s, utc('2026-12-25T15:00'))).toEqual({
      open: false,
      reason: 'closure',
      closureName: 'Christmas Day',
    });
    expect(nextOpening(s, utc('2026-12-25T15:00'))).toEqual(utc('2026-12-28T14:00'));
  });

  it('a date..until closure covers every day of the span', () => {
    expect(scheduleStateAt(s, utc('2026-12-31T15:00'))).toEqual({
      open: false,
      reason: 'closure',
      closureName: 'New Year',
    });
    expect(nextChange(s, utc('2026-12-31T15:00'))).toEqual({
      at: utc('2027-01-01T15:00'),
      open: true,
    });
  });

  it('special hours replace the weekly hours of their date', () => {
    expect(scheduleStateAt(s, utc('2026-12-24T17:00'))).toEqual({
      open: true,
      reason: 'special',
      specialName: 'Christmas Eve',
    });
    expect(nextChange(s, utc('2026-12-24T17:00'))).toEqual({
      at: utc('2026-12-24T18:00'),
      open: false,
    });
    expect(scheduleStateAt(s, utc('2026-12-24T19:00'))).toEqual({
      open: false,
      reason: 'outside-hours',
      specialName: 'Christmas Eve',
    });
  });

  it('special hours replace a closure of their date', () => {
    expect(scheduleStateAt(s, utc('2027-01-01T15:30'))).toEqual({
      open: true,
      reason: 'special',
      specialName: 'Sale',
    });
    expect(scheduleStateAt(s, utc('2027-01-01T14:30')).reason).toBe('outside-hours');
  });

  it('a closure on Tuesday does not cut short Monday night, but cancels Tuesday night', () => {
    const nights = makeSchedule('UTC', every(WEEKDAYS, [['18:00', '10:00']]), {
      closures: [{ date: '2026-03-03', name: 'Staff day' }],
    });
    expect(scheduleStateAt(nights, utc('2026-03-03T09:00'))).toEqual({
      open: true,
      reason: 'weekly',
    });
    expect(nextChange(nights, utc('2026-03-03T09:00'))).toEqual({
      at: utc('2026-03-03T10:00'),
      open: false,
    });
    expect(scheduleStateAt(nights, utc('2026-03-03T10:00'))).toEqual({
      open: false,
      reason: 'closure',
      closureName: 'Staff day',
    });
    expect(nextOpening(nights, utc('2026-03-03T10:00'))).toEqual(utc('2026-03-04T18:00'));
    expect(scheduleStateAt(nights, utc('2026-03-04T03:00'))).toEqual({
      open: false,
      reason: 'outside-hours',
    });
  });

  it('special hours on Tuesday leave Monday night running into Tuesday morning', () => {
    const nights = makeSchedule(
      'UTC',
      { mon: [['18:00', '10:00']] },
      {
        special: [
          { date: '2026-03-03', name: 'Training', intervals: [{ from: '12:00', to: '14:00' }] },
        ],
      },
    );
    expect(scheduleStateAt(nights, utc('2026-03-03T09:00'))).toEqual({
      open: true,
      reason: 'weekly',
    });
    expect(scheduleStateAt(nights, utc('2026-03-03T11:00'))).toEqual({
      open: false,
      reason: 'outside-hours',
      specialName: 'Training',
    });
    expect(nextChange(nights, utc('2026-03-03T11:00'))).toEqual({
      at: utc('2026-03-03T12:00'),
      open: true,
    });
  });
});

describe('degenerate schedules and the horizon', () => {
  it('no intervals at all: always closed, no change', () => {
    const s = makeSchedule('America/New_York', {});
    const at = utc('2026-06-01T12:00');
    expect(scheduleStateAt(s, at)).toEqual({ open: false, reason: 'outside-hours' });
    expect(nextChange(s, at)).toBeNull();
    expect(nextOpening(s, at)).toBeNull();
    expect(nextClosing(s, at)).toEqual(at);
  });

  it('00:00-24:00 every day: always open, even across DST, no change', () => {
    const s = makeSchedule('Europe/Paris', every(WEEKDAYS, [['00:00', '24:00']]));
    // Inside the hour Paris skips on 2026-03-29 and the hour it repeats on 2026-10-25.
    for (const at of [utc('2026-03-29T01:30'), utc('2026-10-25T00:30'), utc('2026-10-25T01:30')]) {
      expect(isOpenAt(s, at)).toBe(true);
      expect(nextChange(s, at)).toBeNull();
      expect(nextOpening(s, at)).toEqual(at);
      expect(nextClosing(s, at)).toBeNull();
    }
  });

  it('finds openings only within the horizon, and the end of a lone opening', () => {
    const s = makeSchedule(
      'UTC',
      {},
      {
        special: [{ date: '2026-06-01', intervals: [{ from: '09:00', to: '17:00' }] }],
      },
    );
    expect(nextChange(s, utc('2026-03-01T00:00'))).toEqual({
      at: utc('2026-06-01T09:00'),
      open: true,
    });
    expect(nextChange(s, utc('2026-03-01T00:00'), 30)).toBeNull();
    expect(nextChange(s, utc('2026-06-01T10:00'))).toEqual({
      at: utc('2026-06-01T17:00'),
      open: false,
    });
  });

  it('refuses an invalid date', () => {
    const s = makeSchedule('UTC', {});
    expect(() => isOpenAt(s, new Date(Number.NaN))).toThrow(RangeError);
  });
});
