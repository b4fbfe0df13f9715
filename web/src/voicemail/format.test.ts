import { describe, expect, it } from 'vitest';
import { deletedLine, relativeTime } from './format.js';

describe('relativeTime', () => {
  // Noon local time, so "yesterday" does not depend on the machine's time zone.
  const now = new Date(2026, 10, 23, 12, 0, 0).getTime();
  const before = (ms: number) => new Date(now - ms).toISOString();

  it('counts minutes, then hours', () => {
    expect(relativeTime(before(10_000), now)).toBe('just now');
    expect(relativeTime(before(50_000), now)).toBe('1 min ago');
    expect(relativeTime(before(5 * 60_000), now)).toBe('5 min ago');
    expect(relativeTime(before(3 * 3_600_000 + 60_000), now)).toBe('3 h ago');
  });
  it('says yesterday and days by the calendar, then the date', () => {
    expect(relativeTime(new Date(2026, 10, 22, 9, 0).toISOString(), now)).toBe('yesterday');
    expect(relativeTime(new Date(2026, 10, 19, 23, 0).toISOString(), now)).toBe('4 days ago');
    expect(relativeTime(new Date(2026, 9, 2, 10, 0).toISOString(), now)).toBe('2 Oct');
    expect(relativeTime(new Date(2025, 9, 2, 10, 0).toISOString(), now)).toBe('2 Oct 2025');
  });
  it('treats a clock a little ahead as now', () => {
    expect(relativeTime(new Date(now + 5_000).toISOString(), now)).toBe('just now');
  });
});

describe('deletedLine', () => {
  it('names retention and its day, or says a person deleted it', () => {
    const day = new Date(2026, 10, 23, 12).toISOString();
    expect(deletedLine('retention', day)).toBe('Recording deleted by retention on 23 Nov 2026');
    expect(deletedLine('user', day)).toBe('Recording deleted on 23 Nov 2026');
    expect(deletedLine(null, null)).toBe('Recording deleted');
  });
});
