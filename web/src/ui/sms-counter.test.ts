import { describe, expect, it } from 'vitest';
import { smsCounter } from './sms-counter.js';

describe('the counter under a text', () => {
  it('counts characters, encoding and segments of a plain text', () => {
    const text =
      'Thanks for calling Acme Plumbing. We are closed now and will call you back soon!!';
    expect([...text].length).toBe(81);
    expect(smsCounter(`${text}123`)).toEqual({
      line: '84 characters · GSM-7 · 1 segment',
      level: 'ok',
      note: null,
    });
    expect(smsCounter('a').line).toBe('1 character · GSM-7 · 1 segment');
    expect(smsCounter('a'.repeat(161)).line).toBe('161 characters · GSM-7 · 2 segments');
  });

  it('switches to UCS-2 for an emoji and names the character that did it', () => {
    const counter = smsCounter('See you soon 🙂');
    expect(counter.line).toBe('14 characters · UCS-2 · 1 segment');
    expect(counter.note).toBe('UCS-2 because of “🙂”: 70 characters a segment instead of 160');
    expect(smsCounter(`${'x'.repeat(70)}é`).line).toBe('71 characters · GSM-7 · 1 segment');
    expect(smsCounter(`${'x'.repeat(70)}ł`).line).toBe('71 characters · UCS-2 · 2 segments');
  });

  it('warns past 320 characters and refuses past 1,600', () => {
    expect(smsCounter('a'.repeat(320)).level).toBe('ok');
    const long = smsCounter('a'.repeat(321));
    expect(long.level).toBe('warn');
    expect(long.note).toBe(
      'Over 320 characters: carriers may split it into many parts, or drop it',
    );
    const refused = smsCounter('a'.repeat(1601));
    expect(refused.level).toBe('error');
    expect(refused.line).toBe('1,601 characters · GSM-7 · 11 segments');
    expect(refused.note).toBe(
      'Too long: 1,601 characters; a text may have at most 1,600 (Twilio refuses longer ones)',
    );
  });

  it('counts a template with its variables filled in, and says so', () => {
    const values = { 'business.name': 'Acme Plumbing' };
    expect(smsCounter('Hi from {{business.name}}', values).line).toBe(
      '21 characters with sample values · GSM-7 · 1 segment',
    );
    // Without values the template is counted as typed.
    expect(smsCounter('Hi from {{business.name}}').line).toBe('25 characters · GSM-7 · 1 segment');
  });
});
