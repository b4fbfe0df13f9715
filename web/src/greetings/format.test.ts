import { describe, expect, it } from 'vitest';
import {
  durationText,
  longGreetingHint,
  nameWithDuration,
  sourceLabel,
  synthesisLine,
} from './format.js';

describe('greeting descriptions', () => {
  it('names where a greeting came from', () => {
    expect(sourceLabel('upload')).toBe('Uploaded');
    expect(sourceLabel('recording')).toBe('Recorded');
    expect(sourceLabel('tts')).toBe('Text to speech');
  });

  it('writes lengths in seconds and minutes', () => {
    expect(durationText(12.2)).toBe('12 s');
    expect(durationText(65.4)).toBe('1 min 5 s');
    expect(durationText(120)).toBe('2 min');
    expect(durationText(null)).toBeNull();
    expect(nameWithDuration({ name: 'Welcome', durationSeconds: 12 })).toBe('Welcome (12 s)');
    expect(nameWithDuration({ name: 'Welcome', durationSeconds: null })).toBe('Welcome');
  });

  it('says what the synthesis of a text greeting is doing', () => {
    expect(synthesisLine({ status: 'pending', error: null })?.text).toBe('Synthesising…');
    expect(synthesisLine({ status: 'failed', error: 'voice not found' })?.text).toMatch(
      /^Synthesis failed: voice not found/,
    );
    expect(synthesisLine({ status: 'unavailable', error: null })?.text).toBe(
      "Spoken by Twilio's <Say> on calls",
    );
    expect(synthesisLine({ status: 'done', error: null })).toBeNull();
    expect(synthesisLine(null)).toBeNull();
  });

  it('hints at a voicemail greeting longer than 30 s only', () => {
    expect(longGreetingHint(30)).toBeNull();
    expect(longGreetingHint(null)).toBeNull();
    expect(longGreetingHint(42)).toBe('42 s long. Callers often hang up during long greetings.');
  });
});
