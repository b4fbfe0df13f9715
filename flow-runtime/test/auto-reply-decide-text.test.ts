import { describe, expect, it } from 'vitest';
import {
  type CallOutcome,
  cancelDelayed,
  decideAutoReplies,
  formatDuration,
  triggerOfOutcome,
} from '../src/index.js';
import {
  ago,
  type Case,
  decide,
  event,
  facts,
  guards,
  history,
  MONDAY_10PM,
  minutesFrom,
  rule,
} from './auto-reply-fixtures.js';
import { CHRISTMAS_10AM, MONDAY_10AM, SATURDAY_10PM } from './build-flow.js';

describe('decideAutoReply: the text', () => {
  const cases: Case[] = [
    {
      name: 'the after-hours text on a weekday night',
      event: event({ at: new Date(MONDAY_10PM) }),
      expect: {
        reason: 'sent',
        variant: 'after-hours',
        text: 'Closed; open tomorrow at 09:00.',
        detail: 'Send now: Weekdays is closed: after-hours text (1 SMS segment, GSM-7)',
      },
    },
    {
      name: 'the weekend text on Saturday night',
      event: event({ at: new Date(SATURDAY_10PM) }),
      expect: { variant: 'weekend', text: 'Back on Monday.' },
    },
    {
      name: 'the holiday text on a closure',
      event: event({ at: new Date(CHRISTMAS_10AM) }),
      expect: {
        variant: 'holiday',
        text: 'Closed for closed (Christmas Day).',
        detail: 'Send now: Weekdays is closed (Christmas Day): holiday text (1 SMS segment, GSM-7)',
      },
    },
    {
      name: 'the in-hours text when the number has no schedule',
      event: event({ at: new Date(CHRISTMAS_10AM) }),
      facts: { ...facts, scheduleId: null },
      expect: {
        variant: 'in-hours',
        detail: 'Send now: No schedule: in-hours text at all times (1 SMS segment, GSM-7)',
      },
    },
    {
      name: "the in-hours text when the number's schedule is gone",
      event: event({ at: new Date(CHRISTMAS_10AM) }),
      facts: { ...facts, scheduleId: 'gone' },
      expect: { variant: 'in-hours', detail: expect.stringContaining('Schedule gone is unknown') },
    },
    {
      name: 'nothing when the text of the situation is null',
      event: event({ at: new Date(MONDAY_10PM) }),
      candidate: rule({ texts: { inHours: 'Hi', afterHours: null, weekend: null, holiday: null } }),
      expect: {
        action: 'skip',
        reason: 'no-text',
        variant: 'after-hours',
        text: null,
        detail:
          'Skipped: nothing to send, the after-hours text is not set (Weekdays is closed: after-hours text)',
      },
    },
    {
      name: 'nothing when the text is blank',
      candidate: rule({ texts: { inHours: ' \n', afterHours: 'x', weekend: null, holiday: null } }),
      expect: { reason: 'no-text', variant: 'in-hours' },
    },
    {
      name: 'nothing when the text is empty once filled in',
      event: event({ contact: { number: '+14155550123' } }),
      candidate: rule({
        texts: { inHours: '{{contact.name}}', afterHours: null, weekend: null, holiday: null },
      }),
      expect: {
        reason: 'no-text',
        detail:
          'Skipped: nothing to send, the in-hours text is empty once filled in (Weekdays is open: in-hours text)',
      },
    },
    {
      name: 'nothing when the text is too long once filled in',
      // 1598 characters as written, which the settings accept.
      event: event({ business: { number: '+14155550100', name: 'Acme Plumbing and Heating' } }),
      candidate: rule({
        texts: {
          inHours: `{{business.name}} ${'a'.repeat(1580)}`,
          afterHours: null,
          weekend: null,
          holiday: null,
        },
      }),
      expect: {
        action: 'skip',
        reason: 'too-long',
        detail:
          'Skipped: the in-hours text has 1606 characters once filled in; a text may have at most 1600',
        sendAt: null,
      },
    },
    {
      name: 'later, with a delay',
      candidate: rule({ delayMinutes: 90 }),
      expect: {
        reason: 'sent',
        sendAt: minutesFrom(MONDAY_10AM, 90),
        detail: 'Send in 1 h 30 min: Weekdays is open: in-hours text (1 SMS segment, GSM-7)',
      },
    },
    {
      name: "a flow's node with its own schedule, not the number's",
      event: event({ trigger: 'call-ended', at: new Date(MONDAY_10AM) }),
      candidate: {
        source: 'flow',
        nodeId: 'reply',
        label: 'Thanks',
        texts: { inHours: 'Open text', afterHours: 'Closed text', weekend: null, holiday: null },
        scheduleId: null,
      },
      facts: { ...facts, scheduleId: 'weekdays' },
      expect: {
        reason: 'sent',
        candidate: { source: 'flow', id: 'reply', name: 'Thanks' },
        text: 'Open text',
      },
    },
  ];
  it.each(cases)('$name', (c) => {
    expect(decide(c)).toMatchObject(c.expect);
  });

  it('measures what it sends', () => {
    const decision = decide({ name: '', expect: {} });
    expect(decision.length).toMatchObject({ encoding: 'GSM-7', segments: 1, units: 33 });
  });

  it('refuses a body of 1601 characters but sends one of 1600', () => {
    const sized = (n: number) =>
      decide({
        name: '',
        candidate: rule({
          texts: { inHours: 'a'.repeat(n), afterHours: null, weekend: null, holiday: null },
        }),
        expect: {},
      }).reason;
    expect([sized(1600), sized(1601)]).toEqual(['sent', 'too-long']);
  });
});

describe('triggerOfOutcome', () => {
  const cases: [CallOutcome, string | null][] = [
    ['missed', 'missed-call'],
    ['abandoned', 'missed-call'],
    ['voicemail', 'voicemail'],
    ['answered', 'call-ended'],
    ['failed', 'call-ended'],
    ['blocked', null],
  ];
  it.each(cases)('%s is %s', (outcome, trigger) => {
    expect(triggerOfOutcome(outcome)).toBe(trigger);
  });
});

describe('decideAutoReplies', () => {
  const second = rule({ id: 'second', name: 'Second' });

  it('lets the cooldown stop a second candidate after a send', () => {
    const decisions = decideAutoReplies(event(), [rule(), second], guards(), history(), facts);
    expect(decisions.map((d) => d.reason)).toEqual(['sent', 'cooldown']);
    expect(decisions[1]?.detail).toBe(
      'Skipped: an auto-reply went to this contact less than a minute ago (cooldown 3 h)',
    );
  });

  it('counts a delayed send as scheduled', () => {
    const decisions = decideAutoReplies(
      event(),
      [rule({ delayMinutes: 10 }), second],
      guards(),
      history(),
      facts,
    );
    expect(decisions[1]?.detail).toBe(
      'Skipped: an auto-reply to this contact is already scheduled in 10 min (cooldown 3 h)',
    );
  });

  it('does not count a skip', () => {
    const decisions = decideAutoReplies(
      event(),
      [rule({ active: false }), second],
      guards(),
      history(),
      facts,
    );
    expect(decisions.map((d) => d.reason)).toEqual(['inactive', 'sent']);
  });

  it('sends every candidate without a cooldown', () => {
    const decisions = decideAutoReplies(
      event(),
      [rule(), second],
      guards({ cooldownMinutes: 0 }),
      history(),
      facts,
    );
    expect(decisions.map((d) => d.reason)).toEqual(['sent', 'sent']);
  });

  it('decides nothing for no candidates', () => {
    expect(decideAutoReplies(event(), [], guards(), history(), facts)).toEqual([]);
  });
});

describe('cancelDelayed', () => {
  const decidedAt = new Date(MONDAY_10AM);
  const cases: [string, Date | null, string | null][] = [
    ['no team activity', null, null],
    ['team activity before the decision', ago(1), null],
    [
      'team activity at the decision',
      ago(0),
      'Cancelled: the team talked to this contact right after the auto-reply was decided',
    ],
    [
      'team activity after the decision',
      ago(-3),
      'Cancelled: the team talked to this contact 3 min after the auto-reply was decided',
    ],
  ];
  it.each(cases)('%s', (_, lastTeamActivityAt, expected) => {
    expect(cancelDelayed(decidedAt, history({ lastTeamActivityAt }))).toBe(expected);
  });
});

describe('formatDuration', () => {
  const cases: [number, string][] = [
    [0, 'less than a minute'],
    [59, 'less than a minute'],
    [60, '1 min'],
    [42 * 60 + 59, '42 min'],
    [60 * 60, '1 h'],
    [125 * 60, '2 h 5 min'],
    [180 * 60, '3 h'],
    [1440 * 60, '1 day'],
    [1565 * 60, '1 day 2 h'],
    [1445 * 60, '1 day 5 min'],
    [10080 * 60, '7 days'],
  ];
  it.each(cases)('%i s is %s', (seconds, words) => {
    expect(formatDuration(seconds * 1000)).toBe(words);
  });
});
