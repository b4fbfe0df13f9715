import { describe, expect, it } from 'vitest';
import { exactTime, formatDay, formatWhen, relativeTime } from './dates.js';

// Noon local time, so "yesterday" does not depend on the machine's time zone.
const now = new Date(2026, 10, 23, 12, 0, 0);
const before = (ms: number) => new Date(now.getTime() - ms).toISOString();

describe('relative times, in the viewer’s words', () => {
  it('counts minutes, then hours', () => {
    expect(relativeTime(before(10_000), now, 'en')).toBe('just now');
    expect(relativeTime(before(50_000), now, 'en')).toBe('1 minute ago');
    expect(relativeTime(before(5 * 60_000), now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(before(3 * 3_600_000 + 60_000), now, 'en')).toBe('3 hours ago');
  });

  it('says yesterday and days by the calendar, then the date', () => {
    const at = (...parts: [number, number, number, number]) => new Date(...parts, 0).toISOString();
    expect(relativeTime(at(2026, 10, 22, 9), now, 'en')).toBe('yesterday');
    expect(relativeTime(at(2026, 10, 19, 23), now, 'en')).toBe('4 days ago');
    expect(relativeTime(at(2026, 9, 2, 10), now, 'en-GB')).toBe('2 Oct');
    expect(relativeTime(at(2025, 9, 2, 10), now, 'en-GB')).toBe('2 Oct 2025');
    expect(relativeTime(at(2025, 9, 2, 10), now, 'en-US')).toBe('Oct 2, 2025');
  });

  it('treats a clock a little ahead as now, and a bad date as nothing', () => {
    expect(relativeTime(new Date(now.getTime() + 5_000).toISOString(), now)).toBe('just now');
    expect(relativeTime('not a date', now)).toBe('');
  });

  it('speaks the viewer’s language', () => {
    expect(relativeTime(before(5 * 60_000), now, 'de')).toBe('vor 5 Minuten');
  });
});

describe('one date format, in the viewer’s locale', () => {
  const iso = new Date(2026, 10, 23, 14, 30, 5).toISOString();

  it('orders day and month as the viewer does', () => {
    expect(formatWhen(iso, 'en-GB', now)).toBe('23 Nov, 14:30:05');
    expect(formatWhen(iso, 'en-US', now)).toBe('Nov 23, 02:30:05 PM');
    expect(formatDay(iso, 'en-GB')).toBe('23 Nov 2026');
  });

  it('gives the year only when it is not this year', () => {
    const lastYear = new Date(2025, 10, 23, 14, 30, 5).toISOString();
    expect(formatWhen(lastYear, 'en-GB', now)).toBe('23 Nov 2025, 14:30:05');
  });

  it('names the zone in an exact time', () => {
    const zone = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' })
      .formatToParts(new Date(iso))
      .find((p) => p.type === 'timeZoneName')?.value;
    expect(zone).toBeTruthy();
    expect(exactTime(iso, 'en-GB')).toContain(`14:30:05 ${zone}`);
  });
});
