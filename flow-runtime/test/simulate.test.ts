import { AutoReplySettingsSchema, say } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import {
  type AutoReplyDecision,
  type CallResult,
  callCandidates,
  compileFlow,
  decideAutoReplies,
  describeResult,
  elapsedText,
  hoursDecision,
  type Instruction,
  settleDials,
  speechSeconds,
  startCall,
  stepSeconds,
} from '../src/index.js';
import {
  buildFlow,
  CALL,
  CHRISTMAS_10AM,
  MONDAY_10AM,
  SATURDAY_10PM,
  weekdays,
} from './build-flow.js';

const dial: Instruction = {
  type: 'dial',
  nodeId: 'ring',
  targets: [
    { type: 'member', memberId: 'alice' },
    { type: 'member', memberId: 'bob' },
  ],
  ringSeconds: 25,
  strategy: 'simultaneous',
};

describe("the simulated call's clock", () => {
  it('takes the ring time when nobody answers, and nothing for an answer or a busy line', () => {
    expect(stepSeconds(dial, { type: 'DIAL_RESULT', status: 'no-answer' })).toBe(25);
    expect(stepSeconds(dial, { type: 'DIAL_RESULT', status: 'answered' })).toBe(0);
    expect(stepSeconds(dial, { type: 'DIAL_RESULT', status: 'busy' })).toBe(0);
  });

  it('estimates spoken text at 150 words a minute and uses a greeting’s known length', () => {
    expect(speechSeconds('Please leave a message after the tone and we will call you back.')).toBe(
      6,
    );
    expect(speechSeconds('Hi')).toBe(1);
    expect(speechSeconds('  ')).toBe(0);
    const text = 'We are open Monday to Friday, from 9 to 5.'; // 10 words: 4 s
    expect(
      stepSeconds({ type: 'say', nodeId: 'm', text, language: 'en-US' }, { type: 'PLAYBACK_DONE' }),
    ).toBe(4);
    const play: Instruction = { type: 'play', nodeId: 'm', greetingId: 'welcome' };
    expect(
      stepSeconds(play, { type: 'PLAYBACK_DONE' }, (id) => (id === 'welcome' ? 12 : null)),
    ).toBe(12);
    expect(stepSeconds(play, { type: 'PLAYBACK_DONE' })).toBe(0);
  });

  it('waits out the prompt and the timeout before silence counts in a menu', () => {
    const gather: Instruction = {
      type: 'gather',
      nodeId: 'menu',
      prompt: say('For sales press 1, for support press 2.'), // 8 words: 4 s
      keys: ['1', '2'],
      timeoutSeconds: 5,
      attempt: 2,
      attempts: 3,
      retryText: 'Sorry.', // 1 s
    };
    expect(stepSeconds(gather, { type: 'DIGITS', digits: '1' })).toBe(5);
    expect(stepSeconds(gather, { type: 'NO_INPUT' })).toBe(10);
    expect(stepSeconds(gather, { type: 'CALLER_HUNG_UP' })).toBe(0);
  });

  it('counts the greeting, the beep and the message before a recording ends', () => {
    const record: Instruction = {
      type: 'record',
      nodeId: 'vm',
      greeting: say('Leave a message.'), // 3 words: 2 s
      maxLengthSeconds: 120,
      transcribe: true,
      playBeep: true,
    };
    expect(stepSeconds(record, { type: 'RECORDING_DONE', durationSeconds: 30 })).toBe(33);
    expect(stepSeconds(record, { type: 'DIGITS', digits: '0' })).toBe(2);
  });

  it('writes elapsed time in seconds, minutes, then hours', () => {
    expect([elapsedText(0), elapsedText(65), elapsedText(3720)]).toEqual([
      '0 s',
      '1 min 5 s',
      '1 h 2 min',
    ]);
  });
});

describe('the business-hours reason', () => {
  const schedules = { weekdays };
  it("says the branch, the local time and the schedule's name", () => {
    const tuesday = new Date('2026-11-24T15:00:00Z');
    expect(hoursDecision({ scheduleId: 'weekdays' }, schedules, tuesday)).toEqual({
      branch: 'open',
      text: 'open: Tuesday 10:00 in Weekdays',
      timeZone: 'America/New_York',
    });
    expect(hoursDecision({ scheduleId: 'weekdays' }, schedules, new Date(SATURDAY_10PM)).text).toBe(
      'closed: Saturday 22:00, outside Weekdays',
    );
  });

  it('names the holiday, on the holiday branch when the step has one', () => {
    const christmas = new Date(CHRISTMAS_10AM);
    expect(hoursDecision({ scheduleId: 'weekdays' }, schedules, christmas)).toMatchObject({
      branch: 'closed',
      text: "closed: holiday 'Christmas Day' (Friday 10:00) in Weekdays",
    });
    expect(
      hoursDecision({ scheduleId: 'weekdays', holidayBranch: true }, schedules, christmas).branch,
    ).toBe('holiday');
  });

  it('agrees with the branch the machine takes, and says when the schedule is unknown', () => {
    const flow = buildFlow(
      [
        ['in', 'incoming-call'],
        ['hours', 'business-hours', { scheduleId: 'weekdays', holidayBranch: true }],
        ['open', 'hang-up'],
        ['closed', 'hang-up'],
        ['holiday', 'hang-up'],
      ],
      [
        ['in', 'next', 'hours'],
        ['hours', 'open', 'open'],
        ['hours', 'closed', 'closed'],
        ['hours', 'holiday', 'holiday'],
      ],
    );
    const machine = compileFlow(flow);
    for (const at of [MONDAY_10AM, SATURDAY_10PM, CHRISTMAS_10AM]) {
      const view = startCall(machine, { call: CALL, at, schedules });
      const decision = hoursDecision(
        { scheduleId: 'weekdays', holidayBranch: true },
        schedules,
        new Date(at),
      );
      expect(view.result?.path.at(-1)).toBe(decision.branch);
    }
    expect(hoursDecision({ scheduleId: 'gone' }, {}, new Date(MONDAY_10AM)).text).toBe(
      'closed: schedule "gone" is unknown, so the call counts as closed',
    );
  });
});

describe('do-not-disturb in a simulated call', () => {
  const flow = buildFlow(
    [
      ['in', 'incoming-call'],
      [
        'ring',
        'ring-users',
        { targets: dial.type === 'dial' ? dial.targets : [], ringSeconds: 25 },
      ],
      ['vm', 'voicemail'],
    ],
    [
      ['in', 'next', 'ring'],
      ['ring', 'no-answer', 'vm'],
    ],
  );
  const machine = compileFlow(flow);
  const start = startCall(machine, { call: CALL, at: MONDAY_10AM });
  const until = '2026-11-23T16:00:00.000Z';

  it('leaves out a member on do-not-disturb at the time of the call and rings the others', () => {
    const members = new Map([
      ['alice', { id: 'alice', dndUntil: until }],
      ['bob', { id: 'bob', dndUntil: null }],
    ]);
    const settled = settleDials(machine, start, members);
    expect(settled.view.nodeId).toBe('ring');
    expect(settled.dials).toEqual([
      {
        nodeId: 'ring',
        skipped: [{ memberId: 'alice', reason: 'do-not-disturb', until }],
        nobody: false,
      },
    ]);
  });

  it('takes a dial with everyone on do-not-disturb at once as unanswered, as the server does', () => {
    const members = new Map([
      ['alice', { id: 'alice', dndUntil: until }],
      ['bob', { id: 'bob', dndUntil: until, addresses: ['+14155550102'] }],
    ]);
    const settled = settleDials(machine, start, members);
    expect(settled.view.nodeId).toBe('vm');
    expect(settled.entered).toEqual(['in', 'ring', 'vm']);
    expect(settled.view.snapshot.context.now).toBe(MONDAY_10AM);
    expect(settled.dials.at(-1)?.nobody).toBe(true);
  });

  it('rings everyone once do-not-disturb has ended, and everyone when the team is unknown', () => {
    const members = new Map([
      ['alice', { id: 'alice', dndUntil: '2026-11-23T14:00:00.000Z' }],
      ['bob', { id: 'bob', dndUntil: null }],
    ]);
    expect(settleDials(machine, start, members).dials[0]?.skipped).toEqual([]);
    expect(settleDials(machine, start, null).dials[0]?.skipped).toEqual([]);
  });
});

describe('the outcome line', () => {
  const result: CallResult = {
    outcome: 'missed',
    autoReplies: [],
    endedAt: 'ring',
    reason: null,
    path: ['in', 'ring'],
  };
  const flow = buildFlow([['in', 'incoming-call']], []);
  const end = new Date(MONDAY_10AM);
  const decide = (rules: unknown[], cooldown = false): AutoReplyDecision[] => {
    const settings = AutoReplySettingsSchema.parse({ rules });
    return decideAutoReplies(
      {
        trigger: 'missed-call',
        at: end,
        contact: { number: CALL.from },
        business: { number: CALL.to, name: 'Acme' },
      },
      callCandidates(flow, result, settings.rules),
      settings.guards,
      {
        lastAutoReplyAt: cooldown ? new Date(end.getTime() - 600_000) : null,
        lastTeamActivityAt: null,
        recentInboundAt: [],
        hasTextedBefore: false,
      },
      { schedules: {}, scheduleId: null },
    );
  };
  const rule = {
    id: 'missed',
    name: 'Missed call',
    trigger: 'missed-call',
    active: true,
    texts: { inHours: 'Sorry we missed you', afterHours: null, weekend: null, holiday: null },
  };

  it("names the number's rule that sends the text when the flow fired no auto-reply step", () => {
    expect(describeResult(result, decide([rule]), end)).toBe(
      'missed; text sent by the number\'s rule "Missed call"',
    );
  });

  it('says no auto-reply only when nothing sends one, and why a rule sends nothing', () => {
    expect(describeResult(result, decide([]), end)).toBe(
      'missed; no auto-reply: no auto-reply step and no missed-call rule',
    );
    expect(describeResult(result, decide([rule], true), end)).toBe(
      'missed; no text from the number\'s rule "Missed call" (cooldown)',
    );
  });
});
