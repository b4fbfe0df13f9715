import { describe, expect, it } from 'vitest';
import type { FlowSummary, PhoneNumber } from '../api/types.js';
import { flowChangeQuestion, formatPhone, isLive } from './number-flow.js';

const flow = (id: string, published: boolean): FlowSummary =>
  ({
    id,
    name: id === 'main' ? 'Main' : 'Sales',
    published: published ? { number: 1, createdAt: '2026-11-23T15:00:00Z' } : null,
  }) as FlowSummary;
const flows = [flow('main', true), flow('sales', true), flow('draft', false)];
const number = (flowId: string | null): PhoneNumber => ({
  id: 'num_1',
  number: '+14155550100',
  name: 'Main line',
  flowId,
  deleteProviderRecordings: false,
  createdAt: '2026-11-23T15:00:00Z',
  scheduleId: null,
  businessName: '',
});

describe('changing the flow of a number', () => {
  it('asks before a live number runs another flow, naming the flow', () => {
    expect(isLive(number('main'), flows)).toBe(true);
    expect(flowChangeQuestion(number('main'), flows, 'sales')).toEqual({
      title: 'Switch +1 415 555 0100 to "Sales"?',
      consequence:
        'Calls to +1 415 555 0100 will run "Sales" from now on. Calls already under way keep the flow they started with.',
      confirmLabel: 'Yes, switch',
    });
  });

  it('asks before taking a number off the air, saying what callers hear', () => {
    expect(flowChangeQuestion(number('main'), flows, '')?.consequence).toBe(
      'Calls to +1 415 555 0100 will hear "Sorry, we cannot take your call right now" from now on.',
    );
    expect(flowChangeQuestion(number('draft'), flows, '')?.title).toBe(
      'Take +1 415 555 0100 off the air?',
    );
  });

  it('saves at once when a number that answers nothing gets a flow, or nothing changes', () => {
    expect(isLive(number(null), flows)).toBe(false);
    expect(flowChangeQuestion(number(null), flows, 'main')).toBeNull();
    expect(isLive(number('draft'), flows)).toBe(false);
    expect(flowChangeQuestion(number('draft'), flows, 'main')).toBeNull();
    expect(flowChangeQuestion(number('main'), flows, 'main')).toBeNull();
    expect(flowChangeQuestion(number(null), flows, '')).toBeNull();
  });

  it('groups North American numbers and leaves others as stored', () => {
    expect(formatPhone('+14155550100')).toBe('+1 415 555 0100');
    expect(formatPhone('+442071838750')).toBe('+442071838750');
  });
});
