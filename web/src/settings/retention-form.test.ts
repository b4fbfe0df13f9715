import { describe, expect, it } from 'vitest';
import { daysText, parseDays } from './retention-form.js';

describe('parseDays', () => {
  it('keeps for ever when empty', () => {
    expect(parseDays('')).toEqual({ ok: true, days: null });
    expect(parseDays('  ')).toEqual({ ok: true, days: null });
    expect(daysText(null)).toBe('');
  });
  it('takes whole days from 1 to 3650', () => {
    expect(parseDays(' 90 ')).toEqual({ ok: true, days: 90 });
    expect(parseDays('3650')).toEqual({ ok: true, days: 3650 });
    expect(daysText(30)).toBe('30');
  });
  it('refuses the rest with a reason', () => {
    expect(parseDays('0')).toMatchObject({ ok: false, error: /1 to 3650/ });
    expect(parseDays('3651')).toMatchObject({ ok: false });
    expect(parseDays('1.5')).toMatchObject({ ok: false, error: /whole number/ });
    expect(parseDays('-3')).toMatchObject({ ok: false });
  });
});
