import { describe, expect, it } from 'vitest';
import {
  MAX_RECORDING_SECONDS,
  microphoneMessage,
  overLimit,
  type RecorderEvent,
  type RecorderState,
  recorderStep,
  recordingLimitSeconds,
  timerText,
} from './recorder-state.js';

const run = (events: RecorderEvent[], from: RecorderState = { phase: 'idle' }) =>
  events.reduce(recorderStep, from);

describe('recorderStep', () => {
  it('goes from asking to recording, counts, and stops with the length', () => {
    const recording = run([{ type: 'ask' }, { type: 'started', at: 1000, limitSeconds: 109 }]);
    expect(recording).toEqual({
      phase: 'recording',
      startedAt: 1000,
      elapsedMs: 0,
      limitSeconds: 109,
    });
    const later = recorderStep(recording, { type: 'tick', at: 8500 });
    expect(later).toMatchObject({ elapsedMs: 7500 });
    expect(recorderStep(later, { type: 'stopped', url: 'blob:1', at: 13_000 })).toEqual({
      phase: 'recorded',
      url: 'blob:1',
      seconds: 12,
    });
  });

  it('ignores a tick that comes after the stop', () => {
    const recorded: RecorderState = { phase: 'recorded', url: 'blob:1', seconds: 3 };
    expect(recorderStep(recorded, { type: 'tick', at: 99_000 })).toBe(recorded);
  });

  it('records again from the start', () => {
    const recorded: RecorderState = { phase: 'recorded', url: 'blob:1', seconds: 3 };
    expect(recorderStep(recorded, { type: 'again' })).toEqual({ phase: 'idle' });
  });

  it('says clearly when the microphone is refused, and may ask again', () => {
    const refused = run([
      { type: 'ask' },
      { type: 'refused', error: Object.assign(new Error('denied'), { name: 'NotAllowedError' }) },
    ]);
    expect(refused.phase).toBe('failed');
    expect(refused.phase === 'failed' && refused.message).toMatch(
      /not allowed to use the microphone/,
    );
    expect(recorderStep(refused, { type: 'ask' })).toEqual({ phase: 'asking' });
  });

  it('stops at the limit', () => {
    const rec = run([{ type: 'ask' }, { type: 'started', at: 0, limitSeconds: 60 }]);
    expect(overLimit(recorderStep(rec, { type: 'tick', at: 59_999 }))).toBe(false);
    expect(overLimit(recorderStep(rec, { type: 'tick', at: 60_000 }))).toBe(true);
  });
});

describe('recordingLimitSeconds', () => {
  it('keeps a WAV under 10 MB and 5 minutes', () => {
    expect(recordingLimitSeconds(48_000, 1)).toBe(109);
    expect(recordingLimitSeconds(48_000, 2)).toBe(54);
    expect(recordingLimitSeconds(8_000, 1)).toBe(MAX_RECORDING_SECONDS);
    expect(recordingLimitSeconds(undefined, undefined)).toBe(109);
  });
});

describe('timerText and microphoneMessage', () => {
  it('shows minutes and seconds', () => {
    expect(timerText(0)).toBe('0:00');
    expect(timerText(67_400)).toBe('1:07');
    expect(timerText(-5)).toBe('0:00');
  });

  it('names the cause of each microphone failure', () => {
    const err = (name: string) => Object.assign(new Error('x'), { name });
    expect(microphoneMessage(err('NotFoundError'))).toMatch(/No microphone was found/);
    expect(microphoneMessage(err('NotReadableError'))).toMatch(/in use by another program/);
    expect(microphoneMessage(err('NoMedia'))).toMatch(/secure page/);
    expect(microphoneMessage(new Error('boom'))).toBe('Recording could not start: boom');
  });
});
