import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.js';

const now = new Date('2026-11-23T15:00:00Z');

describe('relativeTime', () => {
  it.each([
    ['2026-11-23T14:59:40Z', 'just now'],
    ['2026-11-23T15:00:10Z', 'just now'],
    ['2026-11-23T14:55:00Z', '5 minutes ago'],
    ['2026-11-23T12:00:00Z', '3 hours ago'],
    ['2026-11-22T12:00:00Z', 'yesterday'],
    ['2026-11-13T15:00:00Z', 'last week'],
    ['2025-11-01T15:00:00Z', 'last year'],
    ['not a date', ''],
  ])('%s -> %s', (iso, text) => {
    expect(relativeTime(iso, now)).toBe(text);
  });
});
