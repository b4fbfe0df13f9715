import { CALL_OUTCOMES } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { OUTCOME_LABELS, outcomeBadge, outcomeText } from './call-format.js';

describe('outcomeText', () => {
  it('says Blocked for a blocked caller, and names every other outcome', () => {
    expect(outcomeText({ outcome: 'blocked', status: 'ended' })).toBe('Blocked');
    expect(outcomeText({ outcome: 'missed', status: 'ended' })).toBe('Missed');
    expect(CALL_OUTCOMES.map((o) => outcomeText({ outcome: o, status: 'ended' }))).toEqual([
      'Answered',
      'Voicemail',
      'Missed',
      'Abandoned',
      'Blocked',
      'Failed',
      'Rejected',
    ]);
  });

  it('says in progress while the call runs, and shows an outcome it does not know as written', () => {
    expect(outcomeText({ outcome: null, status: 'active' })).toBe('in progress');
    expect(outcomeText({ outcome: null, status: 'ended' })).toBe('—');
    expect(outcomeText({ outcome: 'redirected', status: 'ended' })).toBe('redirected');
  });
});

describe('outcomeBadge', () => {
  it('keeps a blocked call out of the red of lost calls', () => {
    expect(outcomeBadge('blocked')).toBe('badge');
    expect(outcomeBadge('missed')).toBe('badge bad');
    expect(Object.keys(OUTCOME_LABELS)).toEqual([...CALL_OUTCOMES]);
  });
});
