import { AutoReplyRuleSchema, definitionOf, type FlowDocument } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import {
  type CallResult,
  callCandidates,
  compileFlow,
  describeResult,
  generateScenarios,
  runScenario,
  startCall,
  triggerOfOutcome,
} from '../src/index.js';
import { buildFlow, CALL, MONDAY_10AM } from './build-flow.js';

const SPAMMER = '+14155550666';
const SPAM = { id: 'spam', name: 'Spam', match: { type: 'numbers', numbers: [SPAMMER] } };
const WITHHELD = { id: 'hidden', name: 'Hidden', match: { type: 'withheld' } };

/**
 * Spam and withheld callers go to the hang-up `bye` (blocking or not); anyone
 * else hears a message that ends the call unanswered, and the flow has an
 * auto-reply that fires when a caller hangs up early.
 */
function spamFlow(block: boolean | undefined): FlowDocument {
  return buildFlow(
    [
      ['in', 'incoming-call'],
      ['who', 'route-by-caller', { rules: [SPAM, WITHHELD] }],
      ['bye', 'hang-up', block === undefined ? {} : { block }],
      ['hello', 'play-message'],
      ['sorry', 'auto-reply', { inHoursText: 'Sorry we missed you', onCallerHangUp: true }],
    ],
    [
      ['in', 'next', 'who'],
      ['who', 'spam', 'bye'],
      ['who', 'hidden', 'bye'],
      ['who', 'other', 'hello'],
    ],
  );
}

function endFor(flow: FlowDocument, from: string): CallResult | null {
  return startCall(compileFlow(flow), { call: { ...CALL, from }, at: MONDAY_10AM }).result;
}

const missedCallRule = AutoReplyRuleSchema.parse({
  id: 'missed',
  name: 'Missed call',
  trigger: 'missed-call',
  texts: { inHours: 'Sorry we missed you' },
});

describe('a hang-up that blocks the caller', () => {
  it('ends a listed or withheld caller as blocked, firing no auto-reply', () => {
    const flow = spamFlow(true);
    for (const from of [SPAMMER, 'anonymous']) {
      const result = endFor(flow, from);
      expect(result).toMatchObject({ outcome: 'blocked', autoReplies: [], endedAt: 'bye' });
      // Neither a flow's auto-reply nor the number's missed-call rule answers it.
      expect(callCandidates(flow, result as CallResult, [missedCallRule])).toEqual([]);
    }
  });

  it('leaves a hang-up without block a missed call, as before', () => {
    for (const flow of [spamFlow(false), spamFlow(undefined)]) {
      const result = endFor(flow, SPAMMER);
      expect(result).toMatchObject({ outcome: 'missed', autoReplies: [], endedAt: 'bye' });
      expect(callCandidates(flow, result as CallResult, [missedCallRule])).toHaveLength(1);
    }
  });

  it('blocks only the callers routed there', () => {
    const view = startCall(compileFlow(spamFlow(true)), { call: CALL, at: MONDAY_10AM });
    expect(view.result).toBeNull();
    expect(view.snapshot.context.blocked).toBe(false);
  });

  it('sets off no trigger, and says why no text goes out', () => {
    expect(triggerOfOutcome('blocked')).toBeNull();
    const result = endFor(spamFlow(true), SPAMMER) as CallResult;
    expect(describeResult(result, [])).toBe('blocked; no auto-reply: a blocked caller gets none');
  });

  it('names generated calls that end there as blocked', () => {
    const flow = spamFlow(true);
    const scenarios = generateScenarios(flow, { ...CALL, instants: [MONDAY_10AM] }, {});
    const blocked = scenarios.filter((s) => s.expect.outcome === 'blocked');
    expect(blocked.map((s) => s.name)).toEqual([
      'caller: Spam (+14155550666) → blocked',
      'caller: Hidden (Withheld number) → blocked',
    ]);
    for (const scenario of scenarios) expect(runScenario(flow, scenario, {}).difference).toBeNull();
  });

  it('says so in the step summary', () => {
    const hangUp = definitionOf('hang-up');
    expect(hangUp.summary(hangUp.defaults())).toBe('Ends the call');
    expect(hangUp.summary({ block: true })).toBe('Blocks the caller');
  });
});
