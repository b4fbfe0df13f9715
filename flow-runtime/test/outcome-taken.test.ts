import { describe, expect, it } from 'vitest';
import { compileFlow, type PersistedCall, startCall, stepCall } from '../src/index.js';
import { buildFlow, CALL, MONDAY_10AM, SATURDAY_10PM, weekdays } from './build-flow.js';

// A menu's 1 and its silence both lead to voicemail, and a message or none
// both lead to the same text: only the machine's record tells them apart.
const flow = buildFlow(
  [
    ['in', 'incoming-call'],
    ['hours', 'business-hours', { scheduleId: 'weekdays' }],
    ['menu', 'phone-menu', { options: [{ digit: '1' }], attempts: 1 }],
    ['vm', 'voicemail'],
    ['ar', 'auto-reply', { inHoursText: 'hi' }],
  ],
  [
    ['in', 'next', 'hours'],
    ['hours', 'open', 'menu'],
    ['hours', 'closed', 'vm'],
    ['menu', '1', 'vm'],
    ['menu', 'no-input', 'vm'],
    ['vm', 'recorded', 'ar'],
    ['vm', 'no-message', 'ar'],
  ],
);
const machine = compileFlow(flow);
const input = { call: CALL, at: MONDAY_10AM, schedules: { weekdays } };
const ids = (taken: { nodeId: string; outcomeId: string }[] | null | undefined) =>
  taken?.map((t) => `${t.nodeId}:${t.outcomeId}`);

describe('the outcome each node was left by', () => {
  it('is recorded by eventless transitions as the call starts', () => {
    expect(ids(startCall(machine, input).taken)).toEqual(['in:next', 'hours:open']);
    const closed = startCall(machine, { ...input, at: SATURDAY_10PM });
    expect(ids(closed.taken)).toEqual(['in:next', 'hours:closed']);
  });

  it('tells apart outcomes that lead to the same step', () => {
    const start = startCall(machine, input);
    const pressed = stepCall(machine, start.snapshot, { type: 'DIGITS', digits: '1' });
    const silent = stepCall(machine, start.snapshot, { type: 'NO_INPUT' });
    expect(pressed.entered).toEqual(silent.entered);
    expect(ids(pressed.taken)).toEqual(['menu:1']);
    expect(ids(silent.taken)).toEqual(['menu:no-input']);
    const left = stepCall(machine, silent.snapshot, { type: 'RECORDING_DONE', durationSeconds: 0 });
    expect(ids(left.result?.taken)).toEqual([
      'in:next',
      'hours:open',
      'menu:no-input',
      'vm:no-message',
    ]);
  });

  it('records an outcome with no connection, which ends the call', () => {
    const unconnected = compileFlow(
      buildFlow(
        [
          ['in', 'incoming-call'],
          ['info', 'play-message'],
        ],
        [['in', 'next', 'info']],
      ),
    );
    const start = startCall(unconnected, input);
    const end = stepCall(unconnected, start.snapshot, { type: 'PLAYBACK_DONE' });
    expect(end.done).toBe(true);
    expect(ids(end.result?.taken)).toEqual(['in:next', 'info:next']);
  });

  it('is unknown, not invented, for a call stored before outcomes were recorded', () => {
    const start = startCall(machine, input);
    const { taken: _taken, ...context } = start.snapshot.context;
    const old: PersistedCall = JSON.parse(JSON.stringify({ ...start.snapshot, context }));
    const next = stepCall(machine, old, { type: 'DIGITS', digits: '1' });
    expect(next.accepted).toBe(true);
    expect(next.nodeId).toBe('vm');
    expect(next.taken).toBeNull();
    const end = stepCall(machine, next.snapshot, { type: 'RECORDING_DONE', durationSeconds: 5 });
    expect(end.result?.outcome).toBe('voicemail');
    expect(end.result?.path).toEqual(['in', 'hours', 'menu', 'vm', 'ar']);
    expect(end.result).not.toHaveProperty('taken');
  });
});
