import { definitionOf } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import {
  type CallEvent,
  type CallView,
  compileFlow,
  coverage,
  generateScenarios,
  MAX_REPEATS,
  MAX_STEPS,
  startCall,
  stepCall,
} from '../src/index.js';
import {
  buildFlow,
  CALL,
  CHRISTMAS_10AM,
  MONDAY_10AM,
  SATURDAY_10PM,
  weekdays,
} from './build-flow.js';

const alice = { type: 'member', memberId: 'alice' };
const bob = { type: 'member', memberId: 'bob' };

/** Runs events one by one, each through a JSON round trip as the server stores it. */
function play(flow: ReturnType<typeof buildFlow>, events: CallEvent[], at = MONDAY_10AM): CallView {
  const machine = compileFlow(flow);
  let view = startCall(machine, { call: CALL, at, schedules: { weekdays } });
  for (const event of events) {
    const stored = JSON.parse(JSON.stringify(view.snapshot));
    view = stepCall(machine, stored, event);
    expect(view.accepted, `${event.type} should apply in ${stored.value}`).toBe(true);
  }
  return view;
}

const ringThenVoicemail = buildFlow(
  [
    ['in', 'incoming-call'],
    ['ring', 'ring-users', { targets: [alice, bob], ringSeconds: 20 }],
    ['vm', 'voicemail', { maxLengthSeconds: 90 }],
    ['missed', 'auto-reply', { inHoursText: 'Sorry we missed you', onCallerHangUp: true }],
    ['thanks', 'auto-reply', { inHoursText: 'Thanks for your message' }],
  ],
  [
    ['in', 'next', 'ring'],
    ['ring', 'no-answer', 'vm'],
    ['vm', 'recorded', 'thanks'],
    ['vm', 'no-message', 'missed'],
  ],
);

describe('compileFlow: ring users and voicemail', () => {
  it('rings every target at once and ends answered when someone picks up', () => {
    const machine = compileFlow(ringThenVoicemail);
    const start = startCall(machine, { call: CALL, at: MONDAY_10AM });
    expect(start.nodeId).toBe('ring');
    expect(start.entered).toEqual(['in', 'ring']);
    expect(start.instruction).toEqual({
      type: 'dial',
      nodeId: 'ring',
      targets: [alice, bob],
      ringSeconds: 20,
      strategy: 'simultaneous',
    });
    const end = stepCall(machine, start.snapshot, { type: 'DIAL_RESULT', status: 'answered' });
    expect(end.done).toBe(true);
    expect(end.result).toMatchObject({ outcome: 'answered', autoReplies: [], endedAt: 'ring' });
    expect(end.instruction.type).toBe('hangup');
  });

  it('takes a message after no answer and fires the voicemail auto-reply', () => {
    const view = play(ringThenVoicemail, [
      { type: 'DIAL_RESULT', status: 'busy' },
      { type: 'RECORDING_DONE', durationSeconds: 14, url: 'https://example.test/r.wav' },
    ]);
    expect(view.result).toEqual({
      outcome: 'voicemail',
      autoReplies: ['thanks'],
      endedAt: 'thanks',
      reason: null,
      path: ['in', 'ring', 'vm', 'thanks'],
      // Busy leaves the ring by its no-answer outcome.
      taken: [
        { nodeId: 'in', outcomeId: 'next' },
        { nodeId: 'ring', outcomeId: 'no-answer' },
        { nodeId: 'vm', outcomeId: 'recorded' },
      ],
    });
    expect(view.snapshot.context.voicemail).toEqual({
      durationSeconds: 14,
      url: 'https://example.test/r.wav',
      nodeId: 'vm',
    });
  });

  it('treats an empty recording as no message: a missed call', () => {
    const view = play(ringThenVoicemail, [
      { type: 'DIAL_RESULT', status: 'no-answer' },
      { type: 'RECORDING_DONE', durationSeconds: 0 },
    ]);
    expect(view.result).toMatchObject({ outcome: 'missed', autoReplies: ['missed'] });
  });

  it('tells the provider to record with the node settings', () => {
    const view = play(ringThenVoicemail, [{ type: 'DIAL_RESULT', status: 'failed' }]);
    expect(view.instruction).toMatchObject({
      type: 'record',
      nodeId: 'vm',
      maxLengthSeconds: 90,
      transcribe: true,
    });
  });

  it('rings sequential targets one after the other before giving up', () => {
    const flow = buildFlow(
      [
        ['in', 'incoming-call'],
        [
          'ring',
          'ring-users',
          {
            targets: [alice, bob, { type: 'number', number: '+442071234567' }],
            strategy: 'sequential',
          },
        ],
      ],
      [['in', 'next', 'ring']],
    );
    const machine = compileFlow(flow);
    let view = startCall(machine, { call: CALL, at: MONDAY_10AM });
    const rung: unknown[] = [];
    while (!view.done) {
      expect(view.instruction.type).toBe('dial');
      if (view.instruction.type === 'dial') rung.push(...view.instruction.targets);
      view = stepCall(machine, view.snapshot, { type: 'DIAL_RESULT', status: 'no-answer' });
    }
    expect(rung).toEqual([alice, bob, { type: 'number', number: '+442071234567' }]);
    expect(view.result).toMatchObject({ outcome: 'missed', endedAt: 'ring', autoReplies: [] });
  });
});

const menuFlow = buildFlow(
  [
    ['in', 'incoming-call'],
    [
      'menu',
      'phone-menu',
      {
        options: [
          { digit: '1', label: 'Sales' },
          { digit: '2', label: 'Support' },
        ],
        attempts: 2,
      },
    ],
    ['sales', 'ring-users', { targets: [alice] }],
    ['support', 'forward-call', { number: '+14155550123' }],
    ['vm', 'voicemail'],
    ['bye', 'hang-up'],
  ],
  [
    ['in', 'next', 'menu'],
    ['menu', '1', 'sales'],
    ['menu', '2', 'support'],
    ['menu', 'no-input', 'vm'],
    ['support', 'answered', 'bye'],
  ],
);

describe('compileFlow: phone menu', () => {
  it('routes a pressed digit to its option', () => {
    const view = play(menuFlow, [{ type: 'DIGITS', digits: '2' }]);
    expect(view.nodeId).toBe('support');
    expect(view.instruction).toMatchObject({
      type: 'dial',
      targets: [{ type: 'number', number: '+14155550123' }],
      callerId: 'caller',
    });
    const end = play(menuFlow, [
      { type: 'DIGITS', digits: '2' },
      { type: 'DIAL_RESULT', status: 'answered' },
    ]);
    expect(end.result).toMatchObject({
      outcome: 'answered',
      endedAt: 'bye',
      path: ['in', 'menu', 'support', 'bye'],
    });
  });

  it('replays the prompt after a wrong key, then takes no-input when attempts run out', () => {
    const first = play(menuFlow, []);
    expect(first.instruction).toMatchObject({
      type: 'gather',
      attempt: 1,
      attempts: 2,
      keys: ['1', '2'],
    });
    expect(first.instruction).not.toHaveProperty('retryText');
    const second = play(menuFlow, [{ type: 'DIGITS', digits: '7' }]);
    expect(second.nodeId).toBe('menu');
    expect(second.instruction).toMatchObject({
      type: 'gather',
      attempt: 2,
      retryText: "Sorry, I didn't get that.",
    });
    const third = play(menuFlow, [{ type: 'DIGITS', digits: '7' }, { type: 'NO_INPUT' }]);
    expect(third.nodeId).toBe('vm');
  });

  it('ends as abandoned when the caller hangs up in the menu, firing hang-up auto-replies', () => {
    const flow = buildFlow(
      [
        ['in', 'incoming-call'],
        ['menu', 'phone-menu'],
        ['ar', 'auto-reply', { inHoursText: 'We saw you called', onCallerHangUp: true }],
        ['quiet', 'auto-reply', { inHoursText: 'Not on hang-up' }],
      ],
      [
        ['in', 'next', 'menu'],
        ['menu', 'no-input', 'quiet'],
      ],
    );
    const view = play(flow, [{ type: 'NO_INPUT' }, { type: 'CALLER_HUNG_UP' }]);
    expect(view.result).toMatchObject({
      outcome: 'abandoned',
      autoReplies: ['ar'],
      endedAt: 'menu',
    });
  });

  it('stays answered when the caller hangs up after talking to someone', () => {
    const view = play(ringThenVoicemail, [{ type: 'CALLER_HUNG_UP' }]);
    expect(view.result?.outcome).toBe('abandoned');
    const flow = buildFlow(
      [
        ['in', 'incoming-call'],
        ['ring', 'ring-users', { targets: [alice] }],
        ['msg', 'play-message'],
      ],
      [
        ['in', 'next', 'ring'],
        ['ring', 'answered', 'msg'],
      ],
    );
    const answered = play(flow, [
      { type: 'DIAL_RESULT', status: 'answered' },
      { type: 'CALLER_HUNG_UP' },
    ]);
    expect(answered.result).toMatchObject({ outcome: 'answered', autoReplies: [] });
  });
});

describe('compileFlow: business hours read the call clock', () => {
  const flow = buildFlow(
    [
      ['in', 'incoming-call'],
      ['hours', 'business-hours', { scheduleId: 'weekdays', holidayBranch: true }],
      ['open', 'play-message', { prompt: { type: 'say', text: 'We are open' } }],
      ['closed', 'play-message', { prompt: { type: 'say', text: 'We are closed' } }],
      ['holiday', 'play-message', { prompt: { type: 'say', text: 'Merry Christmas' } }],
    ],
    [
      ['in', 'next', 'hours'],
      ['hours', 'open', 'open'],
      ['hours', 'closed', 'closed'],
      ['hours', 'holiday', 'holiday'],
    ],
  );

  it.each([
    [MONDAY_10AM, 'open'],
    [SATURDAY_10PM, 'closed'],
    [CHRISTMAS_10AM, 'holiday'],
  ])('at %s goes to %s', (at, expected) => {
    const view = play(flow, [], at);
    expect(view.nodeId).toBe(expected);
    expect(view.entered).toEqual(['in', 'hours', expected]);
  });

  it('decides by the instant of the event that led there, not the start of the call', () => {
    const later = buildFlow(
      [
        ['in', 'incoming-call'],
        ['intro', 'play-message'],
        ['hours', 'business-hours', { scheduleId: 'weekdays' }],
      ],
      [
        ['in', 'next', 'intro'],
        ['intro', 'next', 'hours'],
      ],
    );
    // The call starts at 16:59:30 and the intro ends after 17:00.
    const view = play(
      later,
      [{ type: 'PLAYBACK_DONE', at: '2026-11-23T22:00:10.000Z' }],
      '2026-11-23T21:59:30.000Z',
    );
    expect(view.result).toMatchObject({ endedAt: 'hours', outcome: 'missed' });
    expect(view.snapshot.context.now).toBe('2026-11-23T22:00:10.000Z');
  });

  it('counts an unknown schedule as closed', () => {
    const machine = compileFlow(flow);
    const view = startCall(machine, { call: CALL, at: MONDAY_10AM, schedules: {} });
    expect(view.nodeId).toBe('closed');
  });
});

describe('compileFlow: endings and limits', () => {
  it('hangs up on an unconnected outcome and records where', () => {
    const view = play(menuFlow, [
      { type: 'DIGITS', digits: '1' },
      { type: 'DIAL_RESULT', status: 'no-answer' },
    ]);
    expect(view.result).toMatchObject({ outcome: 'missed', endedAt: 'sales', autoReplies: [] });
  });

  it(`ends a node that repeats ${MAX_REPEATS} times in a row as failed`, () => {
    const flow = buildFlow(
      [
        ['in', 'incoming-call'],
        ['loop', 'play-message'],
      ],
      [
        ['in', 'next', 'loop'],
        ['loop', 'next', 'loop'],
      ],
    );
    const machine = compileFlow(flow);
    let view = startCall(machine, { call: CALL, at: MONDAY_10AM });
    let played = 0;
    while (!view.done && played < 100) {
      view = stepCall(machine, view.snapshot, { type: 'PLAYBACK_DONE' });
      played += 1;
    }
    expect(played).toBe(MAX_REPEATS - 1);
    expect(view.result).toMatchObject({
      outcome: 'failed',
      reason: `Node loop ran ${MAX_REPEATS} times in a row`,
    });
  });

  it('stops an eventless loop instead of hanging', () => {
    const flow = buildFlow(
      [
        ['in', 'incoming-call'],
        ['a', 'business-hours', { scheduleId: 'weekdays' }],
        ['b', 'business-hours', { scheduleId: 'weekdays' }],
      ],
      [
        ['in', 'next', 'a'],
        ['a', 'open', 'b'],
        ['a', 'closed', 'b'],
        ['b', 'open', 'a'],
        ['b', 'closed', 'a'],
      ],
    );
    const view = startCall(compileFlow(flow), {
      call: CALL,
      at: MONDAY_10AM,
      schedules: { weekdays },
    });
    expect(view.result).toMatchObject({
      outcome: 'failed',
      reason: `The call took more than ${MAX_STEPS} steps`,
    });
  });

  it('ignores an event that does not apply, changing nothing', () => {
    const machine = compileFlow(menuFlow);
    const start = startCall(machine, { call: CALL, at: MONDAY_10AM });
    const view = stepCall(machine, start.snapshot, { type: 'DIAL_RESULT', status: 'answered' });
    expect(view.accepted).toBe(false);
    expect(view.snapshot).toEqual(start.snapshot);
  });

  it('ignores events once the call is over', () => {
    const view = play(menuFlow, [{ type: 'CALLER_HUNG_UP' }]);
    const after = stepCall(compileFlow(menuFlow), view.snapshot, { type: 'DIGITS', digits: '1' });
    expect(after.accepted).toBe(false);
    expect(after.result).toEqual(view.result);
  });

  it('refuses to compile a flow without an entry', () => {
    expect(() => compileFlow(buildFlow([['x', 'hang-up']], []))).toThrow(/no incoming-call/);
  });
});

describe('compileFlow: keys during a voicemail greeting', () => {
  const flow = buildFlow(
    [
      ['in', 'incoming-call'],
      [
        'vm',
        'voicemail',
        {
          keys: [
            { digit: '0', label: 'Urgent' },
            { digit: '#', label: '' },
          ],
        },
      ],
      ['urgent', 'play-message', { prompt: { type: 'say', text: 'One moment.' } }],
      ['thanks', 'auto-reply', { inHoursText: 'Thanks for your message' }],
    ],
    [
      ['in', 'next', 'vm'],
      ['vm', 'key-0', 'urgent'],
      ['vm', 'recorded', 'thanks'],
    ],
  );

  it('makes each key an outcome of the node, besides recorded and no-message', () => {
    const vm = flow.nodes.find((n) => n.id === 'vm');
    expect(vm && definitionOf('voicemail').outcomes(vm.data as never)).toEqual([
      { id: 'recorded', label: 'Message left' },
      { id: 'no-message', label: 'No message' },
      { id: 'key-0', label: 'Pressed 0: Urgent' },
      { id: 'key-#', label: 'Pressed #' },
    ]);
  });

  it('puts the keys on the record instruction and offers them as events', () => {
    const machine = compileFlow(flow);
    const start = startCall(machine, { call: CALL, at: MONDAY_10AM });
    expect(start.instruction).toMatchObject({ type: 'record', nodeId: 'vm', keys: ['0', '#'] });
  });

  it('leaves by the key pressed during the greeting, instead of recording', () => {
    const view = play(flow, [{ type: 'DIGITS', digits: '0' }, { type: 'PLAYBACK_DONE' }]);
    expect(view.result).toMatchObject({ outcome: 'missed', path: ['in', 'vm', 'urgent'] });
  });

  it('does not accept a key the node does not list: the greeting plays again', () => {
    const machine = compileFlow(flow);
    const start = startCall(machine, { call: CALL, at: MONDAY_10AM });
    const wrong = stepCall(machine, start.snapshot, { type: 'DIGITS', digits: '5' });
    expect(wrong.accepted).toBe(false);
    expect(wrong.nodeId).toBe('vm');
  });

  it('still records as before when no key is pressed', () => {
    const view = play(flow, [
      { type: 'RECORDING_DONE', durationSeconds: 9, url: 'https://x.test/r' },
    ]);
    expect(view.result).toMatchObject({ outcome: 'voicemail', autoReplies: ['thanks'] });
  });

  it('generates a scenario per key, named by the key, covering every outcome', () => {
    const scenarios = generateScenarios(flow, { ...CALL, instants: [MONDAY_10AM] }, {});
    expect(scenarios.map((s) => s.name)).toEqual(
      expect.arrayContaining([expect.stringContaining('pressed 0 (Urgent) during the greeting')]),
    );
    const covered = coverage(flow, scenarios, {});
    expect(covered.outcomes.missing).toEqual([]);
  });

  it('compiles a revision stored before voicemails had keys', () => {
    const stored = structuredClone(ringThenVoicemail);
    for (const node of stored.nodes)
      if (node.type === 'voicemail') delete (node.data as { keys?: unknown }).keys;
    const machine = compileFlow(stored);
    const start = startCall(machine, { call: CALL, at: MONDAY_10AM });
    const vm = stepCall(machine, start.snapshot, { type: 'DIAL_RESULT', status: 'busy' });
    expect(vm.instruction).toMatchObject({ type: 'record', nodeId: 'vm' });
    expect(vm.instruction).not.toHaveProperty('keys');
    expect(stepCall(machine, vm.snapshot, { type: 'DIGITS', digits: '0' }).accepted).toBe(false);
  });

  it('has no keys on the instruction of a voicemail without any', () => {
    const view = play(ringThenVoicemail, [{ type: 'DIAL_RESULT', status: 'failed' }]);
    expect(view.instruction).not.toHaveProperty('keys');
  });
});
