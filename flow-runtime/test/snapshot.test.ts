import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CallEvent,
  compileFlow,
  persistedCall,
  possibleEvents,
  restoreCall,
  startCall,
  stepCall,
} from '../src/index.js';
import { buildFlow, CALL, MONDAY_10AM, weekdays } from './build-flow.js';

const flow = buildFlow(
  [
    ['in', 'incoming-call'],
    ['hours', 'business-hours', { scheduleId: 'weekdays' }],
    ['menu', 'phone-menu', { options: [{ digit: '1' }, { digit: '2' }] }],
    [
      'ring',
      'ring-users',
      {
        targets: [
          { type: 'member', memberId: 'a' },
          { type: 'member', memberId: 'b' },
        ],
        strategy: 'sequential',
      },
    ],
    ['vm', 'voicemail'],
    ['info', 'play-message'],
    ['ar', 'auto-reply', { inHoursText: 'hi', onCallerHangUp: true }],
  ],
  [
    ['in', 'next', 'hours'],
    ['hours', 'open', 'menu'],
    ['hours', 'closed', 'vm'],
    ['menu', '1', 'ring'],
    ['menu', '2', 'info'],
    ['info', 'next', 'menu'],
    ['menu', 'no-input', 'vm'],
    ['ring', 'no-answer', 'vm'],
    ['vm', 'recorded', 'ar'],
  ],
);
const machine = compileFlow(flow);
const input = { call: CALL, at: MONDAY_10AM, schedules: { weekdays } };

describe('persisted calls', () => {
  it('are plain JSON that restores to the same state at every step', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 30 }), (choices) => {
        let view = startCall(machine, input);
        for (const choice of choices) {
          const json = JSON.parse(JSON.stringify(view.snapshot));
          expect(json).toEqual(view.snapshot);
          if (json.status === 'active') {
            const restored = persistedCall(restoreCall(machine, json));
            expect(JSON.parse(JSON.stringify(restored))).toEqual(json);
          }
          const events = possibleEvents(machine, json);
          const event = events[choice % Math.max(1, events.length)];
          if (!event) break;
          view = stepCall(machine, json, event);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('step the same from a restored snapshot as from the live one', () => {
    const events = fc.constantFrom<CallEvent>(
      { type: 'DIGITS', digits: '1' },
      { type: 'DIGITS', digits: '2' },
      { type: 'DIGITS', digits: '9' },
      { type: 'NO_INPUT' },
      { type: 'PLAYBACK_DONE' },
      { type: 'DIAL_RESULT', status: 'no-answer' },
      { type: 'DIAL_RESULT', status: 'answered' },
      { type: 'RECORDING_DONE', durationSeconds: 5 },
      { type: 'CALLER_HUNG_UP' },
    );
    fc.assert(
      fc.property(fc.array(events, { maxLength: 25 }), (sequence) => {
        let direct = startCall(machine, input);
        let stored = startCall(machine, input);
        for (const event of sequence) {
          direct = stepCall(machine, direct.snapshot, event);
          stored = stepCall(machine, JSON.parse(JSON.stringify(stored.snapshot)), event);
          expect(stored).toEqual(direct);
        }
      }),
      { numRuns: 200 },
    );
  });
});
