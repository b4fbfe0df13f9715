import { describe, expect, it } from 'vitest';
import { describeOpenNow, formatOpening, hoursOn, ScheduleSchema, WEEKDAYS } from '../src/index.js';
import { every, makeSchedule, utc, WEEKDAYS_ONLY } from './schedule-fixtures.js';

// New York: -05:00 until 2026-03-08, -04:00 from then until 2026-11-01.
const office = makeSchedule(
  'America/New_York',
  every(WEEKDAYS_ONLY, [
    ['09:00', '12:00'],
    ['13:00', '17:00'],
  ]),
  {
    closures: [
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2027-01-04', until: '2027-01-15', name: 'Winter break' },
    ],
    special: [
      { date: '2026-12-24', name: 'Christmas Eve', intervals: [{ from: '09:00', to: '13:00' }] },
    ],
  },
);

describe('describeOpenNow', () => {
  it.each([
    ['open, closing for lunch', '2026-03-02T15:00', 'Open now · closes today at 12:00'],
    ['over lunch', '2026-03-02T17:30', 'Closed · opens today at 13:00'],
    ['in the evening', '2026-03-02T23:00', 'Closed · opens tomorrow at 09:00'],
    [
      'on Friday evening, with DST starting on Sunday',
      '2026-03-06T23:00',
      'Closed · opens Mon 9 Mar at 09:00',
    ],
    ['on a holiday', '2026-12-25T15:00', 'Closed (Christmas Day) · opens Mon 28 Dec at 09:00'],
    [
      'within special hours',
      '2026-12-24T17:00',
      'Open now (Christmas Eve) · closes today at 13:00',
    ],
    ['before a long closure', '2027-01-02T15:00', 'Closed · opens Mon 18 Jan at 09:00'],
  ])('%s', (_case, at, text) => {
    expect(describeOpenNow(office, utc(at))).toBe(text);
  });

  it('names the next day when an overnight range closes after midnight', () => {
    const bar = makeSchedule('America/New_York', { sat: [['20:00', '02:00']] });
    // Sat 2026-03-14 22:00 EDT.
    expect(describeOpenNow(bar, utc('2026-03-15T02:00'))).toBe(
      'Open now · closes tomorrow at 02:00',
    );
  });

  it('says midnight for a range that ends at 24:00', () => {
    const late = makeSchedule('America/New_York', { fri: [['18:00', '24:00']] });
    // Fri 2026-03-06 20:00 EST.
    expect(describeOpenNow(late, utc('2026-03-07T01:00'))).toBe('Open now · closes at midnight');
  });

  it('has nothing to add when the state never changes', () => {
    expect(describeOpenNow(makeSchedule('UTC', {}), utc('2026-03-02T12:00'))).toBe('Closed');
    const always = makeSchedule('UTC', every(WEEKDAYS, [['00:00', '24:00']]));
    expect(describeOpenNow(always, utc('2026-03-02T12:00'))).toBe('Open now');
  });
});

describe('formatOpening', () => {
  it.each([
    ['over lunch', '2026-03-02T17:30', 'today at 13:00'],
    ['in the evening', '2026-03-02T23:00', 'tomorrow at 09:00'],
    ['on Friday evening', '2026-03-06T23:00', 'Monday at 09:00'],
    ['on a holiday', '2026-12-25T15:00', 'Monday at 09:00'],
    ['more than a week ahead', '2027-01-02T15:00', 'Monday 18 January at 09:00'],
    ['while open', '2026-03-02T15:00', 'now'],
  ])('%s', (_case, at, text) => {
    expect(formatOpening(office, utc(at))).toBe(text);
  });

  it('is empty when the schedule never opens', () => {
    expect(formatOpening(makeSchedule('UTC', {}), utc('2026-03-02T12:00'))).toBe('');
  });
});

describe('hoursOn', () => {
  const office = ScheduleSchema.parse({
    id: 'office',
    name: 'Office',
    timeZone: 'America/New_York',
    weekly: {
      mon: [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '17:00' },
      ],
    },
    closures: [{ date: '2026-11-30', name: 'Staff day' }],
    special: [{ date: '2026-12-07', intervals: [{ from: '10:00', to: '14:00' }] }],
  });

  it.each([
    ['a Monday with a split shift', '2026-11-23T15:00:00Z', '09:00-12:00, 13:00-17:00'],
    [
      'Monday in New York while it is already Tuesday in UTC',
      '2026-11-24T03:00:00Z',
      '09:00-12:00, 13:00-17:00',
    ],
    ['a closure', '2026-11-30T15:00:00Z', 'closed (Staff day)'],
    ['special hours', '2026-12-07T15:00:00Z', '10:00-14:00'],
    ['a day without hours', '2026-11-24T15:00:00Z', 'closed'],
  ])('gives the hours of %s', (_, at, expected) => {
    expect(hoursOn(office, new Date(at))).toBe(expected);
  });
});
