import { describe, expect, it } from 'vitest';
import { deliveryError, deliveryEvent, deliveryResult, eventsLine } from './notification-format.js';

describe('deliveryResult', () => {
  it('shows the status code the receiver answered, and how long it took', () => {
    expect(deliveryResult({ ok: true, statusCode: 200, durationMs: 84 })).toBe('200 OK · 84 ms');
    expect(deliveryResult({ ok: true, statusCode: null, durationMs: null })).toBe('Delivered');
    expect(deliveryResult({ ok: false, statusCode: 500, durationMs: 12 })).toBe(
      'Failed: 500 · 12 ms',
    );
    expect(deliveryResult({ ok: false, statusCode: null, durationMs: null })).toBe(
      'Failed: no answer',
    );
  });
  it('gives the error without repeating the code', () => {
    expect(deliveryError({ statusCode: 404, error: 'HTTP 404: {"message":"nope"}' })).toBe(
      '{"message":"nope"}',
    );
    expect(deliveryError({ statusCode: null, error: 'connect ECONNREFUSED 127.0.0.1:9' })).toBe(
      'connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(deliveryError({ statusCode: 500, error: 'HTTP 500' })).toBeNull();
    expect(deliveryError({ statusCode: 200, error: null })).toBeNull();
  });
});

describe('event names', () => {
  it('names events and tests', () => {
    expect(deliveryEvent('test')).toBe('Test');
    expect(deliveryEvent('call.missed')).toBe('Missed calls');
    expect(eventsLine(['voicemail.new', 'message.received'])).toBe(
      'New voicemails, Incoming texts',
    );
    expect(eventsLine([])).toBe('No events');
  });
});
