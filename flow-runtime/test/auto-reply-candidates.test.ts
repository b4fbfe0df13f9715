import { AutoReplyRuleSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import {
  callCandidates,
  flowCandidates,
  nodeTexts,
  previewAutoReplies,
  ruleCandidates,
} from '../src/index.js';
import { buildFlow, CHRISTMAS_10AM, MONDAY_10AM, SATURDAY_10PM, weekdays } from './build-flow.js';

const texts = {
  scheduleId: 'weekdays',
  inHoursText: 'Open',
  afterHoursText: 'Closed',
};
const flow = buildFlow(
  [
    ['in', 'incoming-call'],
    [
      'all',
      'auto-reply',
      { ...texts, weekendText: 'Weekend', holidayText: 'Holiday {{hours.today}}' },
    ],
    ['plain', 'auto-reply', { ...texts, label: 'Plain', weekendText: ' ' }],
  ],
  [['in', 'next', 'all']],
);
const facts = (at: string) => ({
  at: new Date(at),
  schedules: { weekdays },
  contact: { number: '+14155550123' },
  business: { number: '+14155550100', name: 'Acme' },
});

describe('nodeTexts', () => {
  it('maps empty weekend and holiday texts to null, keeping the others as written', () => {
    const plain = flow.nodes.find((n) => n.id === 'plain');
    if (plain?.type !== 'auto-reply') throw new Error('no plain node');
    expect(nodeTexts(plain.data)).toEqual({
      inHours: 'Open',
      afterHours: 'Closed',
      weekend: null,
      holiday: null,
    });
  });

  it('reads a node stored before weekend and holiday texts existed', () => {
    const stored = { label: '', scheduleId: null, inHoursText: 'Hi', afterHoursText: 'Bye' };
    expect(nodeTexts(stored as unknown as Parameters<typeof nodeTexts>[0])).toEqual({
      inHours: 'Hi',
      afterHours: 'Bye',
      weekend: null,
      holiday: null,
    });
  });
});

describe('flowCandidates', () => {
  it('makes a candidate of each auto-reply node, named by its label', () => {
    expect(flowCandidates(flow, ['plain', 'in', 'nope', 'all'])).toEqual([
      {
        source: 'flow',
        nodeId: 'plain',
        label: 'Plain',
        texts: { inHours: 'Open', afterHours: 'Closed', weekend: null, holiday: null },
        scheduleId: 'weekdays',
      },
      expect.objectContaining({ nodeId: 'all', label: 'Auto-reply' }),
    ]);
  });
});

describe('ruleCandidates', () => {
  const rule = (id: string, trigger: string, active = true) =>
    AutoReplyRuleSchema.parse({ id, name: id, trigger, active, texts: { inHours: 'Hi' } });
  it("keeps the rules of the event's trigger, switched-off ones too", () => {
    const rules = [
      rule('a', 'missed-call'),
      rule('b', 'incoming-text'),
      rule('c', 'missed-call', false),
    ];
    expect(
      ruleCandidates(rules, 'missed-call').map((c) => c.source === 'rule' && c.rule.id),
    ).toEqual(['a', 'c']);
    expect(ruleCandidates(rules, 'call-ended')).toEqual([]);
  });
});

describe('callCandidates', () => {
  const rules = ['missed-call', 'voicemail'].map((trigger) =>
    AutoReplyRuleSchema.parse({ id: trigger, name: trigger, trigger, texts: { inHours: 'Hi' } }),
  );
  const ids = (list: ReturnType<typeof callCandidates>) =>
    list.map((c) => (c.source === 'rule' ? `rule:${c.rule.id}` : `flow:${c.nodeId}`));

  it("prefers the flow's nodes, and falls back on the number's rule for the outcome", () => {
    expect(ids(callCandidates(flow, { outcome: 'missed', autoReplies: ['plain'] }, rules))).toEqual(
      ['flow:plain'],
    );
    expect(ids(callCandidates(flow, { outcome: 'abandoned', autoReplies: [] }, rules))).toEqual([
      'rule:missed-call',
    ]);
    expect(ids(callCandidates(flow, { outcome: 'voicemail', autoReplies: [] }, rules))).toEqual([
      'rule:voicemail',
    ]);
    expect(callCandidates(flow, { outcome: 'answered', autoReplies: [] }, rules)).toEqual([]);
  });
});

describe('previewAutoReplies with weekend and holiday texts', () => {
  const cases = [
    { at: MONDAY_10AM, node: 'all', variant: 'in-hours', text: 'Open' },
    {
      at: SATURDAY_10PM,
      node: 'all',
      variant: 'weekend',
      text: 'Weekend',
      reason: 'Weekdays is closed on Saturday at the end of the call',
    },
    {
      at: CHRISTMAS_10AM,
      node: 'all',
      variant: 'holiday',
      text: 'Holiday closed (Christmas Day)',
      reason: 'Weekdays is closed (Christmas Day) at the end of the call',
    },
    { at: SATURDAY_10PM, node: 'plain', variant: 'after-hours', text: 'Closed' },
    { at: CHRISTMAS_10AM, node: 'plain', variant: 'after-hours', text: 'Closed' },
  ];
  it.each(cases)('$node at $at: $variant', ({ at, node, variant, text, reason }) => {
    const [preview] = previewAutoReplies(flow, [node], facts(at));
    expect(preview).toMatchObject({ variant, text, ...(reason ? { reason } : {}) });
  });
});
