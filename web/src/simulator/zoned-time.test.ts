import { describe, expect, it } from 'vitest';
import { localFields, parseWall, zonedInstant } from './zoned-time.js';

describe('zonedInstant', () => {
  it('reads a local time in the zone', () => {
    expect(zonedInstant('2026-11-23', '10:00', 'America/New_York')).toEqual({
      instant: '2026-11-23T15:00:00.000Z',
      note: null,
    });
    expect(zonedInstant('2026-07-01', '10:00', 'America/New_York').instant).toBe(
      '2026-07-01T14:00:00.000Z',
    );
    expect(zonedInstant('2026-11-23', '10:00', 'Asia/Kolkata').instant).toBe(
      '2026-11-23T04:30:00.000Z',
    );
    expect(zonedInstant('2026-11-28', '22:00', 'UTC').instant).toBe('2026-11-28T22:00:00.000Z');
  });

  it('moves a time the clocks skip forward by the gap, and says so', () => {
    const skipped = zonedInstant('2026-03-08', '02:30', 'America/New_York');
    expect(skipped.instant).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(skipped.note).toMatch(/02:30 does not exist on 2026-03-08.*simulating 03:30/);
    expect(zonedInstant('2026-03-08', '03:00', 'America/New_York')).toEqual({
      instant: '2026-03-08T07:00:00.000Z',
      note: null,
    });
    expect(zonedInstant('2026-03-08', '01:59', 'America/New_York').instant).toBe(
      '2026-03-08T06:59:00.000Z',
    );
  });

  it('takes the first of a time that happens twice', () => {
    const twice = zonedInstant('2026-11-01', '01:30', 'America/New_York');
    expect(twice.instant).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT, not EST
    expect(twice.note).toMatch(/happens twice/);
  });

  it('refuses what is not a date and time', () => {
    expect(parseWall('2026-02-30', '10:00')).toBeNull();
    expect(parseWall('2026-02-03', '25:00')).toBeNull();
    expect(() => zonedInstant('tomorrow', '10:00', 'UTC')).toThrow(RangeError);
  });

  it('gives the local fields of an instant', () => {
    expect(localFields(Date.parse('2026-11-23T15:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-11-23',
      time: '10:00',
    });
  });
});
