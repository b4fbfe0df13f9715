import { describe, expect, it } from 'vitest';
import { loadErrorText, playerTime, seekTarget } from './player-state.js';

describe('playerTime', () => {
  it('shows minutes and seconds, and hours past an hour', () => {
    expect(playerTime(0)).toBe('0:00');
    expect(playerTime(7.9)).toBe('0:07');
    expect(playerTime(65)).toBe('1:05');
    expect(playerTime(3723)).toBe('1:02:03');
  });
  it('says nothing it does not know', () => {
    expect(playerTime(null)).toBe('—');
    expect(playerTime(Number.NaN)).toBe('—');
    expect(playerTime(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('skips and errors', () => {
  it('keeps a skip inside the audio', () => {
    expect(seekTarget(3, -5, 12)).toBe(0);
    expect(seekTarget(10, 5, 12)).toBe(12);
    expect(seekTarget(4, 5, 12)).toBe(9);
  });
  it('says what the server answered when the audio does not load', () => {
    expect(
      loadErrorText(new Error('Failed to fetch /api/voicemails/vm_1/audio: 404 (Not Found)')),
    ).toBe('The audio could not be loaded: the server answered 404 (Not Found)');
    expect(loadErrorText(new Error('Unable to decode audio data'))).toMatch(/could not be decoded/);
    expect(loadErrorText('boom')).toBe('The audio could not be loaded: boom');
  });
});
