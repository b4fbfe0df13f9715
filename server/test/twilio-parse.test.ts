import type { CallEvent } from '@ringflow/flow-runtime';
import { describe, expect, it } from 'vitest';
import {
  type CallStatusUpdate,
  callerHungUpDuringRecording,
  callStatus,
  dialResult,
  gatherResult,
  parseVoiceParams,
  recordingResult,
  type TwilioParams,
  VoiceParamsSchema,
} from '../src/providers/twilio/parse.js';

const CALL = {
  AccountSid: 'AC0123456789abcdef0123456789abcdef',
  CallSid: 'CA0123456789abcdef0123456789abcdef',
  From: '+14155550199',
  To: '+14155550100',
  CallStatus: 'in-progress',
  Direction: 'inbound',
  ApiVersion: '2010-04-01',
};

describe('dialResult', () => {
  const cases: [DialCallStatus: string | undefined, expected: CallEvent][] = [
    ['completed', { type: 'DIAL_RESULT', status: 'answered' }],
    ['answered', { type: 'DIAL_RESULT', status: 'answered' }],
    ['busy', { type: 'DIAL_RESULT', status: 'busy' }],
    ['no-answer', { type: 'DIAL_RESULT', status: 'no-answer' }],
    ['failed', { type: 'DIAL_RESULT', status: 'failed' }],
    ['canceled', { type: 'DIAL_RESULT', status: 'no-answer' }],
    [undefined, { type: 'DIAL_RESULT', status: 'failed' }],
    ['', { type: 'DIAL_RESULT', status: 'failed' }],
    ['ringing', { type: 'DIAL_RESULT', status: 'failed' }],
    ['COMPLETED', { type: 'DIAL_RESULT', status: 'failed' }],
    ['toString', { type: 'DIAL_RESULT', status: 'failed' }],
    ['__proto__', { type: 'DIAL_RESULT', status: 'failed' }],
  ];
  it.each(cases)('DialCallStatus=%s -> %o', (status, expected) => {
    const params: TwilioParams = status === undefined ? CALL : { ...CALL, DialCallStatus: status };
    expect(dialResult(params)).toEqual(expected);
  });
});

describe('gatherResult', () => {
  const cases: [Digits: string | undefined, expected: CallEvent][] = [
    ['1', { type: 'DIGITS', digits: '1' }],
    ['#', { type: 'DIGITS', digits: '#' }],
    ['*', { type: 'DIGITS', digits: '*' }],
    ['0', { type: 'DIGITS', digits: '0' }],
    ['12', { type: 'DIGITS', digits: '12' }],
    ['', { type: 'NO_INPUT' }],
    [undefined, { type: 'NO_INPUT' }],
  ];
  it.each(cases)('Digits=%s -> %o', (digits, expected) => {
    const params: TwilioParams = digits === undefined ? CALL : { ...CALL, Digits: digits };
    expect(gatherResult(params)).toEqual(expected);
  });
});

describe('recordingResult', () => {
  const url = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1';
  const cases: [label: string, params: TwilioParams, expected: CallEvent][] = [
    [
      'a message',
      { RecordingDuration: '12', RecordingUrl: url, Digits: '#' },
      { type: 'RECORDING_DONE', durationSeconds: 12, url },
    ],
    [
      'no recording at all (the redirect after an empty one)',
      {},
      { type: 'RECORDING_DONE', durationSeconds: 0 },
    ],
    [
      'an empty url',
      { RecordingDuration: '3', RecordingUrl: '' },
      { type: 'RECORDING_DONE', durationSeconds: 3 },
    ],
    [
      'a duration that is not a number',
      { RecordingDuration: 'abc', RecordingUrl: url },
      { type: 'RECORDING_DONE', durationSeconds: 0, url },
    ],
    [
      'a negative duration',
      { RecordingDuration: '-4', RecordingUrl: url },
      { type: 'RECORDING_DONE', durationSeconds: 0, url },
    ],
    [
      'an infinite duration',
      { RecordingDuration: 'Infinity', RecordingUrl: url },
      { type: 'RECORDING_DONE', durationSeconds: 0, url },
    ],
    [
      'a blank duration',
      { RecordingDuration: ' ', RecordingUrl: url },
      { type: 'RECORDING_DONE', durationSeconds: 0, url },
    ],
    [
      'a caller who hung up',
      { RecordingDuration: '7', RecordingUrl: url, Digits: 'hangup' },
      { type: 'RECORDING_DONE', durationSeconds: 7, url },
    ],
  ];
  it.each(cases)('%s', (_label, params, expected) => {
    const event = recordingResult({ ...CALL, ...params });
    expect(event).toEqual(expected);
    if (!('url' in expected)) expect(event).not.toHaveProperty('url');
  });
});

describe('callerHungUpDuringRecording', () => {
  const cases: [Digits: string | undefined, expected: boolean][] = [
    ['hangup', true],
    ['#', false],
    ['', false],
    [undefined, false],
    ['Hangup', false],
  ];
  it.each(cases)('Digits=%s -> %s', (digits, expected) => {
    const params: TwilioParams = digits === undefined ? CALL : { ...CALL, Digits: digits };
    expect(callerHungUpDuringRecording(params)).toBe(expected);
  });
});

describe('callStatus', () => {
  const cases: [label: string, params: TwilioParams, expected: CallStatusUpdate][] = [
    [
      'completed with a duration',
      { CallStatus: 'completed', CallDuration: '42' },
      { status: 'completed', durationSeconds: 42, ended: true },
    ],
    [
      'busy',
      { CallStatus: 'busy', CallDuration: '0' },
      { status: 'busy', durationSeconds: 0, ended: true },
    ],
    ['no-answer', { CallStatus: 'no-answer' }, { status: 'no-answer', ended: true }],
    ['canceled', { CallStatus: 'canceled' }, { status: 'canceled', ended: true }],
    ['failed', { CallStatus: 'failed' }, { status: 'failed', ended: true }],
    ['queued', { CallStatus: 'queued' }, { status: 'queued', ended: false }],
    ['ringing', { CallStatus: 'ringing' }, { status: 'ringing', ended: false }],
    ['in-progress', { CallStatus: 'in-progress' }, { status: 'in-progress', ended: false }],
    ['missing', {}, { status: 'unknown', ended: false }],
    ['not one Twilio documents', { CallStatus: 'exploded' }, { status: 'unknown', ended: false }],
    [
      'a duration that is not a number',
      { CallStatus: 'completed', CallDuration: 'x' },
      { status: 'completed', ended: true },
    ],
  ];
  it.each(cases)('%s', (_label, params, expected) => {
    const { CallStatus: _, ...rest } = CALL;
    const update = callStatus({ ...rest, ...params });
    expect(update).toEqual(expected);
    if (!('durationSeconds' in expected)) expect(update).not.toHaveProperty('durationSeconds');
  });
});

describe('parseVoiceParams', () => {
  const accepted: [label: string, params: TwilioParams][] = [
    ['a full webhook', CALL],
    ['a withheld number', { ...CALL, From: 'anonymous' }],
    ['an empty From', { ...CALL, From: '' }],
    ['no From or To at all', { CallSid: 'CA1' }],
    ['a SIP caller', { ...CALL, From: 'sip:alice@example.com' }],
    ['a 64-character CallSid', { ...CALL, CallSid: 'C'.repeat(64) }],
  ];
  it.each(accepted)('accepts %s', (_label, params) => {
    const result = parseVoiceParams(params);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.CallSid).toBe(params.CallSid);
      expect(result.value.From).toBe(params.From ?? '');
      expect(result.value.To).toBe(params.To ?? '');
    }
  });

  it('drops parameters it does not know', () => {
    const result = parseVoiceParams({ ...CALL, Digits: '1' });
    expect(result).toEqual({
      ok: true,
      value: {
        AccountSid: CALL.AccountSid,
        CallSid: CALL.CallSid,
        From: CALL.From,
        To: CALL.To,
        CallStatus: CALL.CallStatus,
        Direction: CALL.Direction,
      },
    });
  });

  const refused: [label: string, params: TwilioParams, error: string][] = [
    ['a missing CallSid', { From: CALL.From, To: CALL.To }, 'CallSid is missing'],
    ['an empty CallSid', { ...CALL, CallSid: '' }, 'CallSid is empty'],
    [
      'a CallSid over 64 characters',
      { ...CALL, CallSid: 'C'.repeat(65) },
      'CallSid is longer than 64 characters',
    ],
    [
      'a From over 256 characters',
      { ...CALL, From: 'x'.repeat(257) },
      'From is longer than 256 characters',
    ],
  ];
  it.each(refused)('refuses %s, naming the field', (_label, params, error) => {
    expect(parseVoiceParams(params)).toEqual({ ok: false, error });
  });

  it('names the field when a value is not a string', () => {
    const result = VoiceParamsSchema.safeParse({ CallSid: 7 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('CallSid must be a string');
  });
});
