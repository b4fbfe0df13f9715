import {
  type AutoReplyGuards,
  AutoReplyGuardsSchema,
  type AutoReplyRule,
  AutoReplyRuleSchema,
} from '@ringflow/shared';
import {
  type AutoReplyCandidate,
  type AutoReplyDecision,
  type AutoReplyEvent,
  type AutoReplyFactsForDecision,
  type ContactHistory,
  decideAutoReply,
} from '../src/index.js';
import { MONDAY_10AM, weekdays } from './build-flow.js';

/*
 * Builders for auto-reply decision tests: every case starts from a missed
 * call on Monday at 10:00 in New York, from a contact with no history, to a
 * rule with all four texts, and changes only what it is about.
 */

export const MINUTE = 60_000;
/** Monday 2026-11-23 22:00 in New York: a closed weekday night. */
export const MONDAY_10PM = '2026-11-24T03:00:00.000Z';

export const minutesFrom = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * MINUTE);

export function event(extra: Partial<AutoReplyEvent> = {}): AutoReplyEvent {
  return {
    trigger: 'missed-call',
    at: new Date(MONDAY_10AM),
    contact: { number: '+14155550123', name: 'Alex' },
    business: { number: '+14155550100', name: 'Acme' },
    ...extra,
  };
}

export function text(body: string, at = MONDAY_10AM): AutoReplyEvent {
  return event({ trigger: 'incoming-text', body, at: new Date(at) });
}

/** A rule as stored; texts are set after parsing so a test can hold one the schema would refuse. */
export function rule(extra: Partial<AutoReplyRule> = {}): AutoReplyCandidate {
  const { texts, ...rest } = extra;
  const parsed = AutoReplyRuleSchema.parse({
    id: 'missed',
    name: 'Missed call',
    trigger: 'missed-call',
    texts: {
      inHours: 'Hi {{contact.name}}, {{business.name}} will call you back.',
      afterHours: 'Closed; open {{hours.next_open}}.',
      weekend: 'Back on Monday.',
      holiday: 'Closed for {{hours.today}}.',
    },
    ...rest,
  });
  return { source: 'rule', rule: texts ? { ...parsed, texts } : parsed };
}

export const textRule = (extra: Partial<AutoReplyRule> = {}) =>
  rule({ id: 'texts', name: 'Texts', trigger: 'incoming-text', ...extra });

export const guards = (extra: Partial<AutoReplyGuards> = {}) => AutoReplyGuardsSchema.parse(extra);

export function history(extra: Partial<ContactHistory> = {}): ContactHistory {
  return {
    lastAutoReplyAt: null,
    lastTeamActivityAt: null,
    recentInboundAt: [],
    hasTextedBefore: false,
    ...extra,
  };
}

export const facts: AutoReplyFactsForDecision = { schedules: { weekdays }, scheduleId: 'weekdays' };

export interface Case {
  name: string;
  event?: AutoReplyEvent;
  candidate?: AutoReplyCandidate;
  guards?: Partial<AutoReplyGuards>;
  history?: Partial<ContactHistory>;
  facts?: typeof facts;
  expect: Partial<AutoReplyDecision>;
}

export function decide(c: Case): AutoReplyDecision {
  return decideAutoReply(
    c.event ?? event(),
    c.candidate ?? rule(),
    guards(c.guards),
    history(c.history),
    c.facts ?? facts,
  );
}

export const ago = (minutes: number, from = MONDAY_10AM) => minutesFrom(from, -minutes);
