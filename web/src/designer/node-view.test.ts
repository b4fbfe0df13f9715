import { describe, expect, it } from 'vitest';
import { numberOrText } from '../nodes/settings-props.js';
import { smsCounter } from '../ui/sms-counter.js';
import { fieldErrors } from './field-errors.js';
import { nodeView } from './node-view.js';

describe('nodeView', () => {
  it('shows the node label, the summary with names and one handle per outcome', () => {
    const view = nodeView(
      'ring-users',
      {
        label: 'Sales',
        targets: [{ type: 'member', memberId: 'alice' }],
        strategy: 'simultaneous',
        ringSeconds: 20,
      },
      { member: (id) => (id === 'alice' ? 'Alice' : undefined) },
    );
    expect(view).toEqual({
      title: 'Sales',
      summary: 'Rings Alice for 20 s',
      outcomes: [
        { id: 'answered', label: 'Answered' },
        { id: 'no-answer', label: 'No answer' },
      ],
    });
  });

  it('survives half-typed data', () => {
    const view = nodeView('phone-menu', { options: 'oops' });
    expect(view.title).toBe('Phone menu');
    expect(view.summary).toBe('Check the settings');
  });
});

describe('fieldErrors', () => {
  it('names what is wrong with each field', () => {
    expect(fieldErrors('ring-users', { ringSeconds: 2 })).toEqual({
      ringSeconds: 'must be at least 5 seconds',
    });
    expect(fieldErrors('ring-users', { ringSeconds: '2o' })).toEqual({
      ringSeconds: 'must be a number, not "2o"',
    });
    expect(fieldErrors('forward-call', { number: '555' }).number).toMatch(/international number/);
    expect(fieldErrors('voicemail', {})).toEqual({});
  });
});

describe('settings helpers', () => {
  it('counts SMS segments the way the brief shows', () => {
    expect(smsCounter('a'.repeat(178)).line).toBe('178 characters · GSM-7 · 2 segments');
    expect(smsCounter('').line).toBe('0 characters · GSM-7 · 0 segments');
  });
  it('keeps typed text that is not a number', () => {
    expect(numberOrText('20')).toBe(20);
    expect(numberOrText('2o')).toBe('2o');
    expect(numberOrText('')).toBe('');
  });
});
