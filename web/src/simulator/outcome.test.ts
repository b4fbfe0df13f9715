import { type AutoReplyRule, AutoReplySettingsSchema, type FlowDocument } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { sampleFlow, testEdge, testNode } from '../designer/lib/test-flow.js';
import { demoFlow } from './demo-flow.js';
import { decisionsOf, guardsLine, historyLine, historyOf } from './outcome.js';
import { type NumberAutoReplies, prepareRun } from './prepare-run.js';
import { currentStep, type SimSession, stepSession } from './session.js';
import { defaultSetup, type HistoryChoice } from './setup.js';

const demo = demoFlow();
const business = { number: '+14155550100', name: 'Acme Plumbing' };
const voicemailRule: AutoReplyRule = {
  id: 'vm',
  name: 'Voicemail received',
  trigger: 'voicemail',
  active: true,
  texts: { inHours: 'Got it, {{business.name}}', afterHours: null, weekend: null, holiday: null },
  firstMessageOnly: false,
  delayMinutes: 5,
};
const withheldRule = { id: 'hidden', name: 'Hidden', match: { type: 'withheld' } };
const numberSettings = (rules: AutoReplyRule[] = []): NumberAutoReplies => ({
  settings: AutoReplySettingsSchema.parse({ rules }),
  scheduleId: 'weekdays-9-17',
  numberLabel: 'Main line (+14155550100)',
});

/** Saturday 22:00 in New York: key 1, then a 20 s voicemail. */
function voicemailAt(
  history: HistoryChoice,
  options: {
    flow?: FlowDocument;
    date?: string;
    time?: string;
    autoReplies?: NumberAutoReplies;
  } = {},
) {
  const setup = {
    ...defaultSetup('America/New_York'),
    date: options.date ?? '2026-11-28',
    time: options.time ?? '22:00',
    history,
  };
  const run = prepareRun(options.flow ?? demo.document, setup, {
    memberIds: ['alice', 'bob', 'carol'],
    schedules: demo.schedules,
    business,
    ...(options.autoReplies ? { autoReplies: options.autoReplies } : {}),
  });
  let session: SimSession = run.session;
  if (currentStep(session).view.nodeId === 'after-hours-menu')
    session = stepSession(session, { type: 'DIGITS', digits: '1' }, 4);
  else session = stepSession(session, { type: 'DIAL_RESULT', status: 'no-answer' }, 25);
  session = stepSession(session, { type: 'RECORDING_DONE', durationSeconds: 20 }, 20);
  expect(currentStep(session).view.result?.outcome).toBe('voicemail');
  return { ...run, session };
}

describe("the simulator's auto-reply decisions", () => {
  it("sends the flow step's after-hours text when nothing stands in the way", () => {
    const [decision, ...others] = decisionsOf(voicemailAt({ kind: 'none', minutes: 60 }));
    expect(others).toEqual([]);
    expect(decision).toMatchObject({
      action: 'send',
      reason: 'sent',
      candidate: { source: 'flow', id: 'reply-message' },
      variant: 'after-hours',
      length: { encoding: 'GSM-7', segments: 1 },
    });
    expect(decision?.text).toContain('Acme Plumbing');
    expect(decision?.sendAt?.toISOString()).toBe('2026-11-29T03:00:24.000Z');
  });

  it('skips for the cooldown after an auto-reply, and for a conversation with the team', () => {
    const cooled = decisionsOf(voicemailAt({ kind: 'auto-reply', minutes: 30 }));
    expect(cooled.map((d) => d.reason)).toEqual(['cooldown']);
    expect(cooled[0]?.detail).toBe(
      'Skipped: an auto-reply went to this contact 30 min ago (cooldown 3 h)',
    );
    const talking = decisionsOf(voicemailAt({ kind: 'team', minutes: 10 }));
    expect(talking.map((d) => d.reason)).toEqual(['conversation']);
    // Long enough ago, the guards let it through.
    expect(decisionsOf(voicemailAt({ kind: 'auto-reply', minutes: 240 }))[0]?.reason).toBe('sent');
  });

  it("falls back to the number's voicemail rules, with their delay, when the flow texts nobody", () => {
    const flow: FlowDocument = {
      ...demo.document,
      nodes: demo.document.nodes.filter((n) => n.type !== 'auto-reply'),
      edges: demo.document.edges.filter((e) => !e.target.startsWith('reply-')),
    };
    const none = voicemailAt({ kind: 'none', minutes: 60 }, { flow });
    expect(decisionsOf(none)).toEqual([]);
    // Monday 10:00: the office is open, so the rule's in-hours text, 5 min after the call.
    const run = voicemailAt(
      { kind: 'none', minutes: 60 },
      { flow, date: '2026-11-23', time: '10:00', autoReplies: numberSettings([voicemailRule]) },
    );
    const [decision] = decisionsOf(run);
    expect(decision).toMatchObject({
      action: 'send',
      candidate: { source: 'rule', id: 'vm', name: 'Voicemail received' },
      variant: 'in-hours',
      text: 'Got it, Acme Plumbing',
    });
    const end = Date.parse(currentStep(run.session).view.snapshot.context.now);
    expect(decision?.sendAt?.getTime()).toBe(end + 5 * 60_000);
    // After hours the rule has no text.
    const closed = voicemailAt(
      { kind: 'none', minutes: 60 },
      { flow, autoReplies: numberSettings([voicemailRule]) },
    );
    expect(decisionsOf(closed).map((d) => d.reason)).toEqual(['no-text']);
  });

  it('decides no text for a caller a hang-up blocks, where a plain hang-up texts a missed call', () => {
    const missedRule: AutoReplyRule = { ...voicemailRule, id: 'missed', trigger: 'missed-call' };
    const blockedAt = (block: boolean) => {
      const flow: FlowDocument = {
        ...sampleFlow(),
        nodes: [
          testNode('incoming-call', 'start'),
          { ...testNode('route-by-caller', 'who'), data: { rules: [withheldRule] } },
          { ...testNode('hang-up', 'bye'), data: { block } },
        ],
        edges: [testEdge('start', 'next', 'who'), testEdge('who', 'hidden', 'bye')],
      } as FlowDocument;
      const setup = { ...defaultSetup('America/New_York'), from: 'anonymous' };
      return prepareRun(flow, setup, {
        memberIds: [],
        schedules: demo.schedules,
        business,
        autoReplies: numberSettings([missedRule]),
      });
    };
    const blocked = blockedAt(true);
    expect(currentStep(blocked.session).view.result?.outcome).toBe('blocked');
    expect(decisionsOf(blocked)).toEqual([]);
    const missed = blockedAt(false);
    expect(currentStep(missed.session).view.result?.outcome).toBe('missed');
    expect(decisionsOf(missed).map((d) => d.candidate.id)).toEqual(['missed']);
  });

  it('describes the guards and the history it decided with', () => {
    const { guards } = numberSettings().settings;
    expect(guardsLine(guards, 'Main line (+14155550100)')).toBe(
      'Guards of Main line (+14155550100): cooldown 3 h, conversation 3 h, autoresponders ignored.',
    );
    expect(guardsLine({ ...guards, cooldownMinutes: 0, ignoreAutomated: false }, null)).toBe(
      'No number runs this flow: default guards: cooldown off, conversation 3 h, autoresponders answered.',
    );
    expect(historyLine({ kind: 'team', minutes: 90 })).toBe(
      'Contact history: a team member talked to this caller 1 h 30 min before the call.',
    );
    const start = new Date('2026-11-29T03:00:00Z');
    expect(
      historyOf({ kind: 'auto-reply', minutes: 30 }, start).lastAutoReplyAt?.toISOString(),
    ).toBe('2026-11-29T02:30:00.000Z');
  });
});
