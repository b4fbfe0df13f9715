import { describe, expect, it } from 'vitest';
import {
  type AutoReplyTexts,
  type AutoReplyVariant,
  chooseVariant,
  describeScheduleAt,
} from '../src/index.js';
import { every, makeSchedule, utc, WEEKDAYS_ONLY } from './schedule-fixtures.js';

/** New York, weekdays 09:00-17:00, Saturday mornings, Christmas Day and a Saturday closure off. */
const office = {
  ...makeSchedule(
    'America/New_York',
    { ...every(WEEKDAYS_ONLY, [['09:00', '17:00']]), sat: [['09:00', '12:00']] },
    {
      closures: [
        { date: '2026-12-25', name: 'Christmas Day' },
        { date: '2026-12-26', name: 'Boxing Day' },
      ],
    },
  ),
  name: 'Office hours',
};

const all: AutoReplyTexts = {
  inHours: 'in',
  afterHours: 'after',
  weekend: 'weekend',
  holiday: 'holiday',
};
const base: AutoReplyTexts = { inHours: 'in', afterHours: 'after', weekend: null, holiday: null };

describe('chooseVariant', () => {
  const cases: {
    name: string;
    at: string;
    texts?: AutoReplyTexts;
    variant: AutoReplyVariant;
    template: string | null;
    reason: string;
  }[] = [
    {
      name: 'an open weekday',
      at: '2026-11-23T15:00', // Monday 10:00
      variant: 'in-hours',
      template: 'in',
      reason: 'Office hours is open: in-hours text',
    },
    {
      name: 'a closed weekday night',
      at: '2026-11-24T03:00', // Monday 22:00
      variant: 'after-hours',
      template: 'after',
      reason: 'Office hours is closed: after-hours text',
    },
    {
      name: 'a Friday night in New York that is Saturday in UTC',
      at: '2026-11-28T03:00', // Friday 22:00
      variant: 'after-hours',
      template: 'after',
      reason: 'Office hours is closed: after-hours text',
    },
    {
      name: 'a closed Saturday afternoon',
      at: '2026-11-28T20:00', // Saturday 15:00
      variant: 'weekend',
      template: 'weekend',
      reason: 'Office hours is closed on Saturday: weekend text',
    },
    {
      name: 'a Saturday night in New York that is Sunday in UTC',
      at: '2026-11-29T03:00', // Saturday 22:00
      variant: 'weekend',
      template: 'weekend',
      reason: 'Office hours is closed on Saturday: weekend text',
    },
    {
      name: 'a Sunday',
      at: '2026-11-29T17:00',
      variant: 'weekend',
      template: 'weekend',
      reason: 'Office hours is closed on Sunday: weekend text',
    },
    {
      name: 'an open Saturday morning',
      at: '2026-11-28T15:00', // Saturday 10:00
      variant: 'in-hours',
      template: 'in',
      reason: 'Office hours is open: in-hours text',
    },
    {
      name: 'a holiday',
      at: '2026-12-25T15:00', // Friday, Christmas
      variant: 'holiday',
      template: 'holiday',
      reason: 'Office hours is closed (Christmas Day): holiday text',
    },
    {
      name: 'a holiday on a Saturday: the holiday wins',
      at: '2026-12-26T15:00',
      variant: 'holiday',
      template: 'holiday',
      reason: 'Office hours is closed (Boxing Day): holiday text',
    },
    {
      name: 'a holiday without a holiday text',
      at: '2026-12-25T15:00',
      texts: base,
      variant: 'after-hours',
      template: 'after',
      reason: 'Office hours is closed (Christmas Day): after-hours text (there is no holiday text)',
    },
    {
      name: 'a Saturday holiday without a holiday text: the weekend text',
      at: '2026-12-26T15:00',
      texts: { ...base, weekend: 'weekend' },
      variant: 'weekend',
      template: 'weekend',
      reason: 'Office hours is closed (Boxing Day): weekend text',
    },
    {
      name: 'a Saturday holiday without either text',
      at: '2026-12-26T15:00',
      texts: base,
      variant: 'after-hours',
      template: 'after',
      reason:
        'Office hours is closed (Boxing Day): after-hours text (there is no holiday or weekend text)',
    },
    {
      name: 'a Sunday without a weekend text',
      at: '2026-11-29T17:00',
      texts: base,
      variant: 'after-hours',
      template: 'after',
      reason: 'Office hours is closed on Sunday: after-hours text (there is no weekend text)',
    },
    {
      name: 'a blank weekend text, which counts as none',
      at: '2026-11-29T17:00',
      texts: { ...base, weekend: '  ' },
      variant: 'after-hours',
      template: 'after',
      reason: 'Office hours is closed on Sunday: after-hours text (there is no weekend text)',
    },
    {
      name: 'a null after-hours text: nothing to send',
      at: '2026-11-24T03:00',
      texts: { ...all, afterHours: null },
      variant: 'after-hours',
      template: null,
      reason: 'Office hours is closed: after-hours text',
    },
    {
      name: 'a null in-hours text: nothing to send',
      at: '2026-11-23T15:00',
      texts: { ...all, inHours: null },
      variant: 'in-hours',
      template: null,
      reason: 'Office hours is open: in-hours text',
    },
  ];
  it.each(cases)('$name', ({ at, texts, variant, template, reason }) => {
    expect(chooseVariant(texts ?? all, office, utc(at))).toEqual({ variant, template, reason });
  });

  it('uses the in-hours text without a schedule, and says so', () => {
    expect(chooseVariant(all, undefined, utc('2026-12-25T15:00'))).toEqual({
      variant: 'in-hours',
      template: 'in',
      reason: 'No schedule: in-hours text at all times',
    });
  });
});

describe('describeScheduleAt', () => {
  it('says what the schedule says, naming the closure or the weekend day', () => {
    expect(
      ['2026-11-23T15:00', '2026-11-24T03:00', '2026-11-28T20:00', '2026-12-25T15:00'].map((at) =>
        describeScheduleAt(office, utc(at)),
      ),
    ).toEqual([
      'Office hours is open',
      'Office hours is closed',
      'Office hours is closed on Saturday',
      'Office hours is closed (Christmas Day)',
    ]);
  });
});
