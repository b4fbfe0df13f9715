import { describe, expect, it } from 'vitest';
import type { CallResult, TakenOutcome } from '../src/compile/types.js';
import { buildGraph } from '../src/graph.js';
import { routeName } from '../src/scenario/route-name.js';
import { buildFlow } from './build-flow.js';

/** Every kind that can be left by an outcome, each named or left to its kind's default name. */
const graph = buildGraph(
  buildFlow(
    [
      ['in', 'incoming-call'],
      ['hours', 'business-hours', { scheduleId: 'weekdays', holidayBranch: true }],
      ['late', 'business-hours', { label: 'Late shift', scheduleId: 'weekdays' }],
      ['ring', 'ring-users', { label: 'Sales team' }],
      ['ring2', 'ring-users', {}],
      ['fwd', 'forward-call', { number: '+14155550123' }],
      [
        'menu',
        'phone-menu',
        {
          options: [
            { digit: '1', label: 'Sales' },
            { digit: '2', label: '' },
          ],
        },
      ],
      ['msg', 'play-message', { label: 'Our hours' }],
      ['vm', 'voicemail', { keys: [{ digit: '0', label: 'Urgent' }, { digit: '9' }] }],
      [
        'who',
        'route-by-caller',
        {
          rules: [
            { id: 'vip', name: 'VIP', match: { type: 'numbers', numbers: ['+14155550111'] } },
          ],
        },
      ],
    ],
    [],
  ),
);

const result = (outcome: CallResult['outcome'], autoReplies: string[] = []): CallResult => ({
  outcome,
  autoReplies,
  endedAt: null,
  reason: null,
  path: [],
});

const route = (...steps: [string, string][]): TakenOutcome[] =>
  steps.map(([nodeId, outcomeId]) => ({ nodeId, outcomeId }));

describe('routeName', () => {
  it('leads with the first clock branch and names a later one by its step', () => {
    expect(
      routeName(
        graph,
        route(['in', 'next'], ['hours', 'closed'], ['late', 'open'], ['ring', 'answered']),
        result('answered'),
      ),
    ).toBe('After hours → Late shift: in hours → answered by Sales team');
    expect(routeName(graph, route(['hours', 'holiday']), result('missed', ['ar']))).toBe(
      'Holiday → missed, text sent',
    );
  });

  it('names dials by who answered or did not, and joins the answered ending to them', () => {
    expect(
      routeName(
        graph,
        route(['ring2', 'no-answer'], ['fwd', 'answered']),
        result('answered', ['a', 'b']),
      ),
    ).toBe('no answer from ring users → answered by forward call, 2 texts sent');
    expect(routeName(graph, route(['ring', 'answered'], ['msg', 'next']), result('answered'))).toBe(
      'answered by Sales team → Our hours → answered',
    );
  });

  it('names keys with their labels, and leaves out a message that a named key already says', () => {
    expect(
      routeName(
        graph,
        route(['menu', '1'], ['msg', 'next'], ['menu', '2'], ['msg', 'next'], ['menu', 'no-input']),
        result('missed'),
      ),
    ).toBe('pressed 1 (Sales) → pressed 2 → Our hours → no key pressed → missed');
    expect(
      routeName(
        graph,
        route(['vm', 'key-0'], ['msg', 'next'], ['vm', 'key-9'], ['msg', 'next']),
        result('abandoned'),
      ),
    ).toBe(
      'pressed 0 (Urgent) during the greeting → pressed 9 during the greeting → Our hours → caller hangs up',
    );
  });

  it('says a voicemail left no message, and names the caller rule taken', () => {
    expect(routeName(graph, route(['vm', 'no-message']), result('missed'))).toBe(
      'voicemail, no message',
    );
    expect(routeName(graph, route(['vm', 'recorded']), result('voicemail'))).toBe('voicemail');
    expect(routeName(graph, route(['who', 'vip'], ['who', 'other']), result('failed'))).toBe(
      'caller: VIP (+14155550111) → caller: Anyone else → the call fails',
    );
  });
});
