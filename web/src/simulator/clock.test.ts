import { describeResult } from '@ringflow/flow-runtime';
import { AutoReplySettingsSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { flow, node } from '../templates/build-flow.js';
import { demoFlow } from './demo-flow.js';
import { flowZone, zoneLine } from './flow-zone.js';
import { decisionsOf } from './outcome.js';
import { prepareRun, type RunContext } from './prepare-run.js';
import { currentStep, type SimSession, stepSession } from './session.js';
import { defaultSetup } from './setup.js';
import { transcriptOf } from './transcript.js';

const demo = demoFlow();
const names = { member: (id: string) => ({ alice: 'Alice', bob: 'Bob' })[id] };
const context: RunContext = {
  memberIds: ['alice', 'bob', 'carol'],
  schedules: demo.schedules,
  business: { number: '+14155550100', name: 'Acme' },
};
const setupAt = (date: string, time: string) => ({
  ...defaultSetup('America/New_York'),
  date,
  time,
});
const lines = (run: ReturnType<typeof prepareRun>, session: SimSession = run.session) =>
  transcriptOf(session, names, (id) => id, [], {
    document: run.document,
    timeZone: 'America/New_York',
  }).map((l) => `+${l.second} ${l.text}`);

describe("the simulated call's clock", () => {
  it('moves by the ring time and the voicemail, and each line shows it', () => {
    const run = prepareRun(demo.document, setupAt('2026-11-27', '16:59:40'), context);
    let session = stepSession(run.session, { type: 'DIAL_RESULT', status: 'no-answer' });
    session = stepSession(session, { type: 'RECORDING_DONE', durationSeconds: 20 });
    expect(lines(run, session)).toEqual([
      '+0 start',
      '+0 hours: open: Friday 16:59 in Weekdays 9-17',
      '+0 ring-team',
      '+0 Ringing Alice and Bob for 25 s',
      '+25 No answer (after 25 s)',
      '+25 voicemail',
      '+25 Plays "Please leave a message after the tone and we will call you…", beeps and records up to 120 s into the voicemail inbox',
      // 6 s of greeting, the beep, 20 s of message.
      '+52 Left a 20 s message (after 27 s)',
      '+52 reply-message',
      '+52 Call over: voicemail',
    ]);
    // The text is chosen at the end of the call, 17:00:32: after hours.
    expect(decisionsOf({ ...run, session })[0]?.variant).toBe('after-hours');
  });

  it('takes the time the tester chose instead of the estimate', () => {
    const run = prepareRun(demo.document, setupAt('2026-11-27', '16:59'), context);
    const session = stepSession(run.session, { type: 'DIAL_RESULT', status: 'answered' }, 8);
    expect(currentStep(session).view.snapshot.context.now).toBe('2026-11-27T21:59:08.000Z');
  });

  it('judges a business-hours step later in the call at the advanced time', () => {
    const doc = flow(
      'Ring, then hours',
      '',
      [
        node('incoming-call', 'start'),
        node('ring-users', 'ring', {
          targets: [{ type: 'member', memberId: 'alice' }],
          ringSeconds: 60,
        }),
        node('business-hours', 'hours', { scheduleId: 'weekdays-9-17' }),
        node('voicemail', 'open-vm'),
        node('hang-up', 'closed'),
      ],
      [
        ['start', 'next', 'ring'],
        ['ring', 'no-answer', 'hours'],
        ['hours', 'open', 'open-vm'],
        ['hours', 'closed', 'closed'],
      ],
    );
    const run = prepareRun(doc, setupAt('2026-11-27', '16:59:30'), context);
    const session = stepSession(run.session, { type: 'DIAL_RESULT', status: 'no-answer' });
    expect(currentStep(session).view.result?.path.at(-1)).toBe('closed');
    expect(lines(run, session)).toContain('+60 hours: closed: Friday 17:00, outside Weekdays 9-17');
  });
});

describe('do-not-disturb in the simulator', () => {
  const team = (aliceUntil: string | null, bobUntil: string | null) => ({
    ...context,
    members: [
      { id: 'alice', addresses: ['+14155550101'], dndUntil: aliceUntil },
      { id: 'bob', addresses: ['+14155550102'], dndUntil: bobUntil },
    ],
  });

  it('does not ring a member on do-not-disturb at the time of the call, and says so', () => {
    const run = prepareRun(
      demo.document,
      setupAt('2026-11-23', '10:00'),
      team('2026-11-23T16:00:00Z', null),
    );
    expect(lines(run).slice(-2)).toEqual([
      '+0 Alice is on do not disturb until 2026-11-23 11:00: not rung',
      '+0 Ringing Bob for 25 s',
    ]);
    // The same do-not-disturb has ended by a call at noon.
    const later = prepareRun(
      demo.document,
      setupAt('2026-11-23', '12:00'),
      team('2026-11-23T16:00:00Z', null),
    );
    expect(lines(later).at(-1)).toBe('+0 Ringing Alice and Bob for 25 s');
  });

  it('goes straight on to voicemail when everyone is on do-not-disturb', () => {
    const until = '2026-11-23T16:00:00Z';
    const run = prepareRun(demo.document, setupAt('2026-11-23', '10:00'), team(until, until));
    expect(currentStep(run.session).view.nodeId).toBe('voicemail');
    expect(lines(run)).toContain('+0 Nobody to ring: taken at once as no answer');
  });
});

describe('the outcome line and the auto-reply step agree', () => {
  const noReplyStep = flow(
    'No auto-reply step',
    '',
    [node('incoming-call', 'start'), node('play-message', 'closed')],
    [['start', 'next', 'closed']],
  );
  const rule = {
    id: 'missed',
    name: 'Missed call',
    trigger: 'missed-call',
    active: true,
    texts: { inHours: 'Sorry we missed you', afterHours: null, weekend: null, holiday: null },
  };
  const ended = (rules: unknown[]) => {
    const run = prepareRun(noReplyStep, setupAt('2026-11-23', '10:00'), {
      ...context,
      autoReplies: {
        settings: AutoReplySettingsSchema.parse({ rules }),
        scheduleId: null,
        numberLabel: 'Main line',
      },
    });
    const session = stepSession(run.session, { type: 'PLAYBACK_DONE' });
    const done = { ...run, session };
    const { view } = currentStep(session);
    if (!view.result) throw new Error('the call did not end');
    return { done, line: describeResult(view.result, decisionsOf(done)) };
  };

  it("says the number's rule sends the text it then shows", () => {
    const { done, line } = ended([rule]);
    expect(line).toBe('missed; text sent by the number\'s rule "Missed call"');
    expect(decisionsOf(done).map((d) => [d.action, d.text])).toEqual([
      ['send', 'Sorry we missed you'],
    ]);
    const end = transcriptOf(done.session, {}, (id) => id, [], { ending: line }).at(-1);
    expect(end?.text).toBe(`Call over: ${line}`);
  });

  it('says no auto-reply only when none is sent', () => {
    expect(ended([]).line).toBe(
      'missed; no auto-reply: no auto-reply step and no missed-call rule',
    );
  });
});

describe('the zone a call is set up in', () => {
  it("defaults to the zone of the schedule the flow's business hours follow", () => {
    const zone = flowZone(demo.document.nodes, demo.schedules);
    expect(zone).toEqual({
      timeZone: 'America/New_York',
      schedule: 'Weekdays 9-17',
      step: 'Office hours',
    });
    expect(zoneLine('America/New_York', zone)).toBe(
      'The zone of Weekdays 9-17, which Office hours follows.',
    );
    expect(zoneLine('Europe/Paris', zone)).toBe(
      "Office hours still judges in Weekdays 9-17's zone, America/New_York.",
    );
    expect(flowZone([], demo.schedules).schedule).toBeNull();
  });
});
