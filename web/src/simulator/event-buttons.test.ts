import type { CallEvent, Instruction } from '@ringflow/flow-runtime';
import { describe, expect, it } from 'vitest';
import { eventButtons } from './event-buttons.js';

const record = (keys?: string[]): Instruction => ({
  type: 'record',
  nodeId: 'vm',
  greeting: { type: 'say', text: 'Leave a message, or press 0.', language: 'en-US' },
  maxLengthSeconds: 120,
  transcribe: true,
  playBeep: true,
  ...(keys ? { keys } : {}),
});

const events: CallEvent[] = [
  { type: 'RECORDING_DONE', durationSeconds: 12 },
  { type: 'RECORDING_DONE', durationSeconds: 0 },
  { type: 'DIGITS', digits: '0' },
  { type: 'CALLER_HUNG_UP' },
];

describe('eventButtons at a voicemail', () => {
  it('offers the keys the caller may press during the greeting on the key pad', () => {
    expect(eventButtons(events, record(['0'])).map((b) => [b.label, b.group])).toEqual([
      ['Leave a 20 s voicemail', 'action'],
      ['No message', 'action'],
      ['0', 'keypad'],
      ['Hang up', 'action'],
    ]);
  });

  it('calls a key the voicemail does not take a wrong key', () => {
    expect(eventButtons(events, record()).find((b) => b.group === 'keypad')?.label).toBe(
      'Wrong key',
    );
  });
});
