import {
  AUTO_REPLY_TRIGGERS,
  type AutoReplyGuards,
  type AutoReplyRule,
  AutoReplyRuleSchema,
} from '@ringflow/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AutoReplyCandidate,
  type AutoReplyDecision,
  type AutoReplyEvent,
  type AutoReplyTriggerKind,
  type ContactHistory,
  cancelDelayed,
  decideAutoReplies,
  ruleCandidates,
} from '../src/index.js';
import { weekdays } from './build-flow.js';

const MINUTE = 60_000;
const NUM_RUNS = 300;
const START = Date.parse('2026-11-20T12:00:00Z');
const CONTACTS = ['+14155550101', '+14155550102', '+14155550103', '72404'];
const BUSINESS = { number: '+14155550100', name: 'Acme' };
const FACTS = { schedules: { weekdays }, scheduleId: 'weekdays' };

type Step =
  | { kind: 'missed-call' | 'voicemail' | 'answered'; contact: number; gap: number }
  | { kind: 'incoming-text'; contact: number; gap: number; body: string }
  | { kind: 'team'; contact: number; gap: number };

// Short gaps make bursts and cooldown hits; long ones cross windows, nights and weekends.
const gapArb = fc.oneof(
  fc.integer({ min: 1, max: 2 * MINUTE }),
  fc.integer({ min: 1, max: 30 * MINUTE }),
  fc.integer({ min: 1, max: 8 * 60 * MINUTE }),
);
// Mostly one contact, so that guards meet; sometimes others in between.
const contactArb = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.nat({ max: CONTACTS.length - 1 }), weight: 2 },
);
const bodyArb = fc.oneof(
  fc.constantFrom('hi', 'Are you open today?', 'Can you reply to my email?', 'call me back pls'),
  fc.constantFrom('Auto-reply: I am away', 'Sale! Reply STOP to unsubscribe', 'Out of office'),
  fc.string({ maxLength: 40 }),
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('missed-call', 'voicemail', 'answered'),
    contact: contactArb,
    gap: gapArb,
  }),
  fc.record({
    kind: fc.constant('incoming-text'),
    contact: contactArb,
    gap: gapArb,
    body: bodyArb,
  }),
  fc.record({ kind: fc.constant('team'), contact: contactArb, gap: gapArb }),
);

const textArb = fc.option(
  fc.constantFrom('Hi {{contact.name | "there"}}', 'We open {{hours.next_open}}'),
  {
    nil: null,
  },
);
const ruleArb: fc.Arbitrary<AutoReplyRule> = fc
  .record({
    trigger: fc.constantFrom(...AUTO_REPLY_TRIGGERS),
    active: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, fc.constant(false)),
    firstMessageOnly: fc.boolean(),
    delayMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 240 })),
    texts: fc.record({ inHours: textArb, afterHours: textArb, weekend: textArb, holiday: textArb }),
  })
  .map((r) => AutoReplyRuleSchema.parse({ ...r, id: 'r', name: 'Rule' }));
const flowArb: fc.Arbitrary<AutoReplyCandidate> = fc.record({
  source: fc.constant('flow'),
  nodeId: fc.constant('reply'),
  label: fc.constant('Auto-reply'),
  texts: fc.record({ inHours: textArb, afterHours: textArb, weekend: textArb, holiday: textArb }),
  scheduleId: fc.constantFrom('weekdays', null),
});
const minutesArb = fc.oneof(
  fc.constant(0),
  fc.constant(180),
  fc.integer({ min: 1, max: 30 }),
  fc.integer({ min: 1, max: 600 }),
);
const guardsArb: fc.Arbitrary<AutoReplyGuards> = fc.record({
  cooldownMinutes: minutesArb,
  conversationMinutes: minutesArb,
  ignoreAutomated: fc.boolean(),
  burstMessages: fc.integer({ min: 2, max: 8 }),
  burstMinutes: fc.integer({ min: 1, max: 60 }),
});

/** A robot (or an impatient person) sending several texts a few seconds apart. */
const burstArb: fc.Arbitrary<Step[]> = fc
  .record({
    contact: contactArb,
    gap: gapArb,
    every: fc.integer({ min: 1_000, max: 3 * MINUTE }),
    bodies: fc.array(bodyArb, { minLength: 2, maxLength: 10 }),
  })
  .map(({ contact, gap, every, bodies }) =>
    bodies.map((body, i) => ({ kind: 'incoming-text', contact, gap: i === 0 ? gap : every, body })),
  );

const scenarioArb = fc.record({
  steps: fc
    .array(
      fc.oneof(
        stepArb.map((step) => [step]),
        burstArb,
      ),
      { maxLength: 25 },
    )
    .map((groups) => groups.flat()),
  rules: fc.array(ruleArb, { minLength: 1, maxLength: 4 }),
  flow: fc.option(flowArb, { nil: null }),
  guards: guardsArb,
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

interface Contact {
  history: ContactHistory;
  pending: { decidedAt: Date; sendAt: Date }[];
  /** Instants texts actually went out. */
  sent: number[];
  /** Instants of team activity, in the order the model saw them. */
  team: number[];
  /** Incoming texts, and whether any candidate decided to answer it. */
  texts: { at: number; answered: boolean; decisions: AutoReplyDecision[] }[];
  /** Team activity that came before a send, within the conversation window: must stay empty. */
  interrupted: { team: number; sent: number }[];
}

/**
 * Plays the scenario against a model of the server: decisions update the
 * history as the server's log would, delayed replies wait and are cancelled
 * as cancelDelayed says, everything sent is recorded.
 */
function play({ steps, rules, flow, guards }: Scenario) {
  const contacts: Contact[] = CONTACTS.map(() => ({
    history: {
      lastAutoReplyAt: null,
      lastTeamActivityAt: null,
      recentInboundAt: [],
      hasTextedBefore: false,
    },
    pending: [],
    sent: [],
    team: [],
    texts: [],
    interrupted: [],
  }));
  const reasons = new Set<string>();
  const send = (contact: Contact, at: number) => {
    for (const team of contact.team) {
      if (at - team < guards.conversationMinutes * MINUTE)
        contact.interrupted.push({ team, sent: at });
    }
    contact.sent.push(at);
  };
  const flush = (until: number) => {
    for (const contact of contacts) {
      const due = contact.pending.filter((p) => p.sendAt.getTime() <= until);
      contact.pending = contact.pending.filter((p) => p.sendAt.getTime() > until);
      for (const p of due.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime())) {
        if (cancelDelayed(p.decidedAt, contact.history) === null) send(contact, p.sendAt.getTime());
      }
    }
  };

  let now = START;
  for (const step of steps) {
    now += step.gap;
    flush(now);
    const contact = contacts[step.contact] as Contact;
    const at = new Date(now);
    if (step.kind === 'team' || step.kind === 'answered') {
      // An answered call is the team talking to the contact, before the call ends.
      contact.history = { ...contact.history, lastTeamActivityAt: at };
      contact.team.push(now);
      if (step.kind === 'team') continue;
    }
    const trigger: AutoReplyTriggerKind = step.kind === 'answered' ? 'call-ended' : step.kind;
    const candidates = [
      ...ruleCandidates(rules, trigger),
      ...(flow && trigger !== 'incoming-text' ? [flow] : []),
    ];
    const event: AutoReplyEvent = {
      trigger,
      at,
      contact: { number: CONTACTS[step.contact] as string },
      business: BUSINESS,
      ...(step.kind === 'incoming-text' ? { body: step.body } : {}),
    };
    const decisions = decideAutoReplies(event, candidates, guards, contact.history, FACTS);
    for (const d of decisions) {
      reasons.add(d.reason);
      if (!d.sendAt) continue;
      const last = contact.history.lastAutoReplyAt;
      if (!last || d.sendAt > last)
        contact.history = { ...contact.history, lastAutoReplyAt: d.sendAt };
      if (d.sendAt.getTime() === now) send(contact, now);
      else contact.pending.push({ decidedAt: at, sendAt: d.sendAt });
    }
    if (step.kind === 'incoming-text') {
      contact.texts.push({
        at: now,
        answered: decisions.some((d) => d.action === 'send'),
        decisions,
      });
      contact.history = {
        ...contact.history,
        recentInboundAt: [...contact.history.recentInboundAt, at],
        hasTextedBefore: true,
      };
    }
  }
  flush(Number.POSITIVE_INFINITY);
  return { contacts, reasons };
}

/** The texts of a contact within the burst window ending at each text, when they make a burst. */
function bursts(contact: Contact, guards: AutoReplyGuards) {
  const window = guards.burstMinutes * MINUTE;
  return contact.texts
    .map((last) => contact.texts.filter((t) => t.at <= last.at && last.at - t.at < window))
    .filter((group) => group.length >= guards.burstMessages);
}

describe('auto-reply decisions over any sequence of events', () => {
  it('never texts one contact twice within the cooldown', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { cooldownMinutes } = scenario.guards;
        for (const { sent } of play(scenario).contacts) {
          const times = [...sent].sort((a, b) => a - b);
          for (let i = 1; i < times.length; i++) {
            expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(
              cooldownMinutes * MINUTE,
            );
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never texts within the conversation window after the team talked to the contact', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        for (const contact of play(scenario).contacts) expect(contact.interrupted).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never answers the text that makes a burst, nor the ones after it in the window', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        if (!scenario.guards.ignoreAutomated) return;
        for (const contact of play(scenario).contacts) {
          for (const group of bursts(contact, scenario.guards)) {
            const latest = group[group.length - 1];
            expect(latest?.decisions.map((d) => d.action)).not.toContain('send');
            expect(group.filter((t) => t.answered).length).toBeLessThan(
              scenario.guards.burstMessages,
            );
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('gives a burst at most one reply when the cooldown spans the burst window', () => {
    const covered = scenarioArb.map((s) => ({
      ...s,
      guards: {
        ...s.guards,
        ignoreAutomated: true,
        cooldownMinutes: Math.max(s.guards.cooldownMinutes, s.guards.burstMinutes),
      },
    }));
    fc.assert(
      fc.property(covered, (scenario) => {
        for (const contact of play(scenario).contacts) {
          for (const group of bursts(contact, scenario.guards)) {
            expect(group.filter((t) => t.answered).length).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('exercises every guard and sends too, so the properties are not vacuous', () => {
    const seen = new Set<string>();
    for (const scenario of fc.sample(scenarioArb, { numRuns: 200, seed: 42 })) {
      for (const reason of play(scenario).reasons) seen.add(reason);
    }
    expect([...seen].sort()).toEqual(
      [
        'automated-sender',
        'automated-text',
        'burst',
        'conversation',
        'cooldown',
        'inactive',
        'no-text',
        'not-first-message',
        'sent',
      ].sort(),
    );
  });
});
