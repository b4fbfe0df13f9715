import { describe, expect, it } from 'vitest';
import { formatDay } from '../ui/dates.js';
import { deletedLine } from './format.js';

describe('deletedLine', () => {
  it('names retention and its day, or says a person deleted it', () => {
    const day = new Date(2026, 10, 23, 12).toISOString();
    expect(deletedLine('retention', day)).toBe(
      `Recording deleted by retention on ${formatDay(day)}`,
    );
    expect(deletedLine('user', day)).toBe(`Recording deleted on ${formatDay(day)}`);
    expect(deletedLine(null, null)).toBe('Recording deleted');
  });
});
