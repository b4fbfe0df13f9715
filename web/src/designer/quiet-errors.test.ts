import { describe, expect, it } from 'vitest';
import { nextQuiet, valueAt } from './quiet-errors.js';

const EMPTY = 'must not be empty';
const start = (data: unknown, errors = {}) => ({ data, errors, quiet: new Set<string>() });

describe('errors kept quiet until something is typed', () => {
  it('reads a value at a dotted path, undefined when the path is not there', () => {
    const data = { targets: [{ number: '+1' }] };
    expect(valueAt(data, 'targets.0.number')).toBe('+1');
    expect(valueAt(data, 'targets.1.number')).toBeUndefined();
    expect(valueAt(data, 'ringSeconds')).toBeUndefined();
  });

  it('keeps a just-added row quiet, then speaks once its value changes', () => {
    const added = { targets: [{ type: 'number', number: '' }] };
    const errors = { 'targets.0.number': EMPTY };
    const quiet = nextQuiet(start({ targets: [] }), added, errors);
    expect([...quiet]).toEqual(['targets.0.number']);

    // Another field changes: the row's value did not, so it stays quiet.
    const other = { ...added, ringSeconds: 30 };
    const still = nextQuiet({ data: added, errors, quiet }, other, errors);
    expect([...still]).toEqual(['targets.0.number']);

    // Typed, then cleared: the error is now the admin's to see.
    const typed = { targets: [{ type: 'number', number: '+1' }] };
    const typedErrors = { 'targets.0.number': 'is not valid' };
    const afterTyping = nextQuiet({ data: other, errors, quiet: still }, typed, typedErrors);
    expect(afterTyping.size).toBe(0);
    const cleared = nextQuiet(
      { data: typed, errors: typedErrors, quiet: afterTyping },
      added,
      errors,
    );
    expect(cleared.size).toBe(0);
  });

  it('says at once when a field that held a value is emptied', () => {
    const before = { text: 'Hello' };
    expect(nextQuiet(start(before), { text: '' }, { text: EMPTY }).size).toBe(0);
  });

  it('never quiets an error that was already there', () => {
    const data = { targets: [{ type: 'number', number: '' }] };
    const errors = { 'targets.0.number': EMPTY };
    expect(nextQuiet(start(data, errors), { ...data }, errors).size).toBe(0);
  });
});
