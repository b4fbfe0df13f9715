import { describe, expect, it } from 'vitest';
import {
  ago,
  type Case,
  decide,
  event,
  MONDAY_10PM,
  rule,
  text,
  textRule,
} from './auto-reply-fixtures.js';
import { MONDAY_10AM } from './build-flow.js';

describe('decideAutoReply: each guard', () => {
  const cases: Case[] = [
    {
      name: 'sends the in-hours text of an open schedule, now',
      expect: {
        action: 'send',
        reason: 'sent',
        detail: 'Send now: Weekdays is open: in-hours text (1 SMS segment, GSM-7)',
        candidate: { source: 'rule', id: 'missed', name: 'Missed call' },
        variant: 'in-hours',
        text: 'Hi Alex, Acme will call you back.',
        sendAt: new Date(MONDAY_10AM),
      },
    },
    {
      name: 'skips a switched-off rule',
      candidate: rule({ active: false }),
      expect: {
        action: 'skip',
        reason: 'inactive',
        detail: 'Skipped: the rule "Missed call" is switched off',
        variant: null,
        text: null,
        length: null,
        sendAt: null,
      },
    },
    {
      name: 'skips a rule for another trigger',
      event: event({ trigger: 'voicemail' }),
      expect: {
        reason: 'inactive',
        detail: 'Skipped: the rule "Missed call" answers missed calls, not voicemails',
      },
    },
    {
      name: 'skips a short code',
      event: event({ contact: { number: '72404' } }),
      expect: {
        reason: 'automated-sender',
        detail: 'Skipped: the sender 72404 is a short code, used by automated services',
      },
    },
    {
      name: 'answers a short code when automated senders are not ignored',
      event: event({ contact: { number: '72404' } }),
      guards: { ignoreAutomated: false },
      expect: { reason: 'sent' },
    },
    {
      name: 'skips an automated text',
      event: text('Auto-reply: I am away'),
      candidate: textRule(),
      expect: {
        reason: 'automated-text',
        detail: 'Skipped: the text looks automated (it says "Auto-reply")',
      },
    },
    {
      name: 'answers an automated text when told to',
      event: text('Auto-reply: I am away'),
      candidate: textRule(),
      guards: { ignoreAutomated: false },
      expect: { reason: 'sent' },
    },
    {
      name: 'skips the fifth text within 10 minutes',
      event: text('hello?'),
      candidate: textRule(),
      history: { recentInboundAt: [ago(9), ago(5), ago(2), ago(0)] },
      expect: {
        reason: 'burst',
        detail:
          'Skipped: 5 texts from this contact in the last 10 min look automated (burst guard: 5 in 10 min)',
      },
    },
    {
      name: 'answers the fourth text within 10 minutes, older ones not counting',
      event: text('hello?'),
      candidate: textRule(),
      history: { recentInboundAt: [ago(600), ago(10), ago(5), ago(2), ago(1)] },
      expect: { reason: 'sent' },
    },
    {
      name: 'does not count texts dated after the event',
      event: text('hello?'),
      candidate: textRule(),
      history: { recentInboundAt: [ago(-1), ago(-2), ago(3), ago(4)] },
      expect: { reason: 'sent' },
    },
    {
      name: 'uses the burst size and window of the guards',
      event: text('hello?'),
      candidate: textRule(),
      guards: { burstMessages: 2, burstMinutes: 60 },
      history: { recentInboundAt: [ago(59)] },
      expect: { reason: 'burst' },
    },
    {
      name: 'does not look for bursts when automated senders are not ignored',
      event: text('hello?'),
      candidate: textRule(),
      guards: { ignoreAutomated: false },
      history: { recentInboundAt: [ago(4), ago(3), ago(2), ago(1)] },
      expect: { reason: 'sent' },
    },
    {
      name: 'skips a contact who texted before, for a first-message rule',
      event: text('me again'),
      candidate: textRule({ firstMessageOnly: true }),
      history: { hasTextedBefore: true, recentInboundAt: [ago(60 * 24 * 30)] },
      expect: {
        reason: 'not-first-message',
        detail:
          'Skipped: the rule "Texts" answers only a contact\'s first text, and this contact has texted before',
      },
    },
    {
      name: "answers a contact's first text, for a first-message rule",
      event: text('hi'),
      candidate: textRule({ firstMessageOnly: true }),
      expect: { reason: 'sent' },
    },
    {
      name: 'ignores first-message-only for calls',
      candidate: rule({ firstMessageOnly: true }),
      history: { hasTextedBefore: true },
      expect: { reason: 'sent' },
    },
    {
      name: 'skips when the team talked to the contact recently',
      history: { lastTeamActivityAt: ago(42) },
      expect: {
        reason: 'conversation',
        detail: 'Skipped: the team talked to this contact 42 min ago (conversation guard 3 h)',
      },
    },
    {
      name: 'skips when the team talked to the contact after the event',
      history: { lastTeamActivityAt: ago(-1) },
      expect: {
        reason: 'conversation',
        detail: 'Skipped: the team talked to this contact since then (conversation guard 3 h)',
      },
    },
    {
      name: 'sends once the conversation window is over',
      history: { lastTeamActivityAt: ago(180) },
      expect: { reason: 'sent' },
    },
    {
      name: 'never waits for a conversation of 0 minutes',
      guards: { conversationMinutes: 0 },
      history: { lastTeamActivityAt: ago(0) },
      expect: { reason: 'sent' },
    },
    {
      name: 'skips within the cooldown',
      history: { lastAutoReplyAt: ago(42) },
      expect: {
        reason: 'cooldown',
        detail: 'Skipped: an auto-reply went to this contact 42 min ago (cooldown 3 h)',
      },
    },
    {
      name: 'says hours and minutes',
      history: { lastAutoReplyAt: ago(125) },
      expect: {
        reason: 'cooldown',
        detail: 'Skipped: an auto-reply went to this contact 2 h 5 min ago (cooldown 3 h)',
      },
    },
    {
      name: 'counts a reply still scheduled',
      history: { lastAutoReplyAt: ago(-12) },
      expect: {
        reason: 'cooldown',
        detail:
          'Skipped: an auto-reply to this contact is already scheduled in 12 min (cooldown 3 h)',
      },
    },
    {
      name: 'uses the cooldown of the guards',
      guards: { cooldownMinutes: 1440 },
      history: { lastAutoReplyAt: ago(1439.5) },
      expect: {
        reason: 'cooldown',
        detail: 'Skipped: an auto-reply went to this contact 23 h 59 min ago (cooldown 1 day)',
      },
    },
    {
      name: 'sends once the cooldown is over',
      history: { lastAutoReplyAt: ago(180) },
      expect: { reason: 'sent' },
    },
    {
      name: 'never cools down with a cooldown of 0',
      guards: { cooldownMinutes: 0 },
      history: { lastAutoReplyAt: ago(0) },
      expect: { reason: 'sent' },
    },
  ];
  it.each(cases)('$name', (c) => {
    expect(decide(c)).toMatchObject(c.expect);
  });
});

describe('decideAutoReply: guards together, the first one wins', () => {
  const everything = {
    lastAutoReplyAt: ago(1),
    lastTeamActivityAt: ago(1),
    recentInboundAt: [ago(4), ago(3), ago(2), ago(1)],
    hasTextedBefore: true,
  };
  const cases: Case[] = [
    {
      name: 'switched off before a robot sender',
      event: event({ contact: { number: 'ACME' } }),
      candidate: rule({ active: false }),
      history: everything,
      expect: { reason: 'inactive' },
    },
    {
      name: 'a robot sender before its text',
      event: event({ trigger: 'incoming-text', body: 'Auto-reply', contact: { number: '72404' } }),
      candidate: textRule(),
      history: everything,
      expect: { reason: 'automated-sender' },
    },
    {
      name: "a robot's text before a burst",
      event: text('Out of office'),
      candidate: textRule({ firstMessageOnly: true }),
      history: everything,
      expect: { reason: 'automated-text' },
    },
    {
      name: 'a burst before first-message-only',
      event: text('hi'),
      candidate: textRule({ firstMessageOnly: true }),
      history: everything,
      expect: { reason: 'burst' },
    },
    {
      name: 'first-message-only before a conversation',
      event: text('hi'),
      candidate: textRule({ firstMessageOnly: true }),
      history: { ...everything, recentInboundAt: [] },
      expect: { reason: 'not-first-message' },
    },
    {
      name: 'a conversation before the cooldown',
      history: everything,
      expect: { reason: 'conversation' },
    },
    {
      name: 'the cooldown before an empty text',
      event: event({ at: new Date(MONDAY_10PM) }),
      candidate: rule({ texts: { inHours: 'Hi', afterHours: null, weekend: null, holiday: null } }),
      history: { lastAutoReplyAt: ago(1, MONDAY_10PM) },
      expect: { reason: 'cooldown' },
    },
    {
      name: 'with every guard off, only the text matters',
      event: text('Auto-reply', MONDAY_10PM),
      candidate: textRule({ firstMessageOnly: true }),
      guards: { ignoreAutomated: false, conversationMinutes: 0, cooldownMinutes: 0 },
      history: { ...everything, hasTextedBefore: false },
      expect: { reason: 'sent', variant: 'after-hours', text: 'Closed; open tomorrow at 09:00.' },
    },
  ];
  it.each(cases)('$name', (c) => {
    expect(decide(c)).toMatchObject(c.expect);
  });
});
