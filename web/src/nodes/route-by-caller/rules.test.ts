import { describe, expect, it } from 'vitest';
import { linesToList, matchOfType, moveRule, newRuleId, normalisePrefix } from './rules.js';

describe('the rules of a route-by-caller step as edited', () => {
  it('give a new rule an id no rule has, whatever was removed', () => {
    expect(newRuleId([])).toBe('rule-1');
    const rules = [
      { id: 'rule-2', match: { type: 'withheld' } },
      { id: 'rule-3', match: { type: 'withheld' } },
    ];
    expect(newRuleId(rules)).toBe('rule-4');
    expect(newRuleId([{ id: 'rule-1', match: {} }])).toBe('rule-2');
  });

  it('keep the typed list when a rule switches between numbers and prefixes', () => {
    expect(matchOfType('prefix', { type: 'numbers', numbers: ['+44'] })).toEqual({
      type: 'prefix',
      prefixes: ['+44'],
    });
    expect(matchOfType('withheld', { type: 'numbers', numbers: ['+1'] })).toEqual({
      type: 'withheld',
    });
    expect(matchOfType('numbers', { type: 'withheld' })).toEqual({ type: 'numbers', numbers: [] });
  });

  it('read one number per line in international form, blank lines left out', () => {
    expect(linesToList('(415) 555-0111\n\n +14155550112 \n', 'numbers')).toEqual([
      '+14155550111',
      '+14155550112',
    ]);
    // Kept as typed, so the schema can say what is wrong with it.
    expect(linesToList('call me', 'numbers')).toEqual(['call me']);
  });

  it('read prefixes with or without the plus and spaces', () => {
    expect(linesToList('44, +1 (415)', 'prefixes')).toEqual(['+44', '+1415']);
    expect(normalisePrefix('0207-')).toBe('+0207');
    expect(normalisePrefix('UK')).toBe('UK');
  });

  it('move a rule up or down, and not past the ends', () => {
    expect(moveRule(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRule(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRule(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveRule(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
