import { describe, expect, it } from 'vitest';
import { describeTraceEntry, type TraceRow } from './trace-entry.js';

const row = (kind: TraceRow['kind'], data: unknown, response: string | null = null): TraceRow => ({
  id: 1,
  step: 0,
  kind,
  at: '2026-11-23T15:00:00.000Z',
  data,
  response,
});
const labels: Record<string, string> = { start: 'Incoming call', ring: 'Alice and Bob' };
const label = (id: string) => labels[id] ?? id;

describe('the trace in words', () => {
  it('keeps only the telling webhook parameters', () => {
    const entry = describeTraceEntry(
      row('webhook', { CallSid: 'CA1', AccountSid: 'AC1', CallStatus: 'ringing', Digits: '1' }),
      label,
    );
    expect(entry).toEqual({
      title: 'Webhook received',
      detail: 'CallStatus=ringing · Digits=1',
      raw: null,
    });
  });

  it('names the nodes an event entered by their labels', () => {
    const entry = describeTraceEntry(
      row('event', { type: 'DIAL_RESULT', status: 'no-answer', entered: ['start', 'ring'] }),
      label,
    );
    expect(entry.title).toBe('Event DIAL_RESULT');
    expect(entry.detail).toBe('status=no-answer · entered Incoming call → Alice and Bob');
  });

  it('says which instruction was sent where, keeping the TwiML aside', () => {
    const entry = describeTraceEntry(
      row(
        'instruction',
        { instruction: { type: 'dial', nodeId: 'ring' }, dialAddresses: ['+14155550101'] },
        '<Response/>',
      ),
      label,
    );
    expect(entry).toEqual({
      title: 'Instruction sent: dial at Alice and Bob',
      detail: 'dials +14155550101',
      raw: '<Response/>',
    });
  });

  it('shows a note as its text', () => {
    expect(
      describeTraceEntry(row('note', { note: 'Alice is in do not disturb' }), label).detail,
    ).toBe('Alice is in do not disturb');
  });
});
