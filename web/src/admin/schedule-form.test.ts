import { describeOpenNow } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { checkScheduleForm, visibleErrors } from './schedule-check.js';
import {
  addHours,
  addInterval,
  copyMondayToWeekdays,
  intervalRow,
  isOvernight,
  newScheduleForm,
  removeInterval,
  rowKey,
  type ScheduleForm,
  times,
  updateInterval,
} from './schedule-form.js';
import { weeklySummary } from './schedule-summary.js';

const base = (): ScheduleForm => ({ ...newScheduleForm('Europe/Paris'), name: 'Office' });

describe('editing the weekly hours', () => {
  it('adds office hours to an empty day and a split shift after an existing one', () => {
    let form = addInterval(base(), 'sat');
    expect(times(form.weekly.sat)).toEqual([{ from: '09:00', to: '17:00' }]);
    form = updateInterval(form, 'sat', 0, { to: '12:00' });
    form = addInterval(form, 'sat');
    expect(times(form.weekly.sat)).toEqual([
      { from: '09:00', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ]);
  });

  it('removes one interval and leaves the others and the other days alone', () => {
    const form = addInterval(addInterval(base(), 'mon'), 'mon');
    const removed = removeInterval(form, 'mon', 1);
    expect(removed.weekly.mon).toEqual([form.weekly.mon[0], form.weekly.mon[2]]);
    expect(removed.weekly.tue).toBe(form.weekly.tue);
  });

  it('copies Monday to Tuesday-Friday without touching the weekend or sharing rows', () => {
    let form = updateInterval(base(), 'mon', 0, { to: '12:00' });
    form = addInterval(form, 'mon');
    form = addInterval(form, 'sun');
    const copied = copyMondayToWeekdays(form);
    for (const day of ['tue', 'wed', 'thu', 'fri'] as const) {
      expect(times(copied.weekly[day])).toEqual(times(form.weekly.mon));
      // Each day gets rows of its own, so editing Tuesday later leaves Monday alone.
      expect(copied.weekly[day]?.[0]?.key).not.toBe(form.weekly.mon[0]?.key);
    }
    expect(copied.weekly.sun).toEqual(form.weekly.sun);
    expect(copied.weekly.sat).toEqual([]);
  });

  it('wraps hours at midnight and recognises overnight ranges', () => {
    expect(addHours('22:00', 4)).toBe('02:00');
    expect(isOvernight({ from: '18:00', to: '10:00' })).toBe(true);
    expect(isOvernight({ from: '18:00', to: '24:00' })).toBe(false);
    expect(isOvernight({ from: '09:00', to: '17:00' })).toBe(false);
  });
});

describe('turning the form into a schedule', () => {
  it('trims, drops an empty "until" and an empty special name, and validates', () => {
    const form: ScheduleForm = {
      ...base(),
      name: '  Office  ',
      closures: [{ key: rowKey(), date: '2026-12-25', until: '', name: 'Christmas' }],
      special: [
        { key: rowKey(), date: '2026-12-24', name: '', intervals: [intervalRow('09:00', '12:00')] },
      ],
    };
    form.weekly.sun = [intervalRow('18:00', '10:00')];
    const check = checkScheduleForm(form);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.body.name).toBe('Office');
    expect(check.body.closures).toEqual([{ date: '2026-12-25', name: 'Christmas' }]);
    expect(check.body.special).toEqual([
      { date: '2026-12-24', intervals: [{ from: '09:00', to: '12:00' }] },
    ]);
    // The preview line is computed in the browser from the checked schedule.
    const monday10 = new Date('2026-11-23T09:00:00Z');
    expect(describeOpenNow(check.schedule, monday10)).toMatch(/^Open now/);
  });

  it('names each bad field by the same path as the server', () => {
    const form = updateInterval({ ...base(), name: ' ' }, 'tue', 0, { to: '9am' });
    form.weekly.wed = [intervalRow('10:00', '10:00')];
    form.closures = [{ key: rowKey(), date: '2026-12-31', until: '2026-12-01', name: '' }];
    form.timeZone = 'Mars/Olympus';
    const check = checkScheduleForm(form);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toMatchObject({
      name: 'Give a name',
      timeZone: 'Unknown time zone; use an IANA name like Europe/Paris',
      'weekly.tue.0.to': 'Use HH:MM on a 24-hour clock, e.g. 09:00',
      'weekly.wed.0.to': 'An interval must not start and end at the same time',
      'closures.0.name': 'Give a name',
      'closures.0.until': 'Ends before it starts',
    });
  });
});

describe('the week in one line', () => {
  it('joins runs of days with the same hours', () => {
    const weekly = {
      mon: [{ from: '09:00', to: '17:00' }],
      tue: [{ from: '09:00', to: '17:00' }],
      wed: [{ from: '09:00', to: '17:00' }],
      thu: [],
      fri: [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '17:00' },
      ],
      sat: [],
      sun: [{ from: '18:00', to: '10:00' }],
    };
    expect(weeklySummary({ weekly })).toBe(
      'Mon–Wed 09:00–17:00; Fri 09:00–12:00, 13:00–17:00; Sun 18:00–10:00',
    );
    expect(
      weeklySummary({ weekly: { ...weekly, mon: [], tue: [], wed: [], fri: [], sun: [] } }),
    ).toBe('Closed every day');
  });
});

describe('errors while typing', () => {
  it('holds back empty fields until a save is tried, but shows wrong values at once', () => {
    const form: ScheduleForm = {
      ...base(),
      name: '',
      closures: [{ key: rowKey(), date: '', until: '', name: '' }],
    };
    form.weekly.mon = [intervalRow('9', '17:00')];
    const check = checkScheduleForm(form);
    if (check.ok) throw new Error('expected errors');
    expect(Object.keys(visibleErrors(form, check.errors, false))).toEqual(['weekly.mon.0.from']);
    expect(Object.keys(visibleErrors(form, check.errors, true)).sort()).toEqual([
      'closures.0.date',
      'closures.0.name',
      'name',
      'weekly.mon.0.from',
    ]);
  });
});
