import { describe, expect, it } from 'vitest';
import { addressProblem } from './webhook-address.js';

describe("the server's public address, as Twilio would call it", () => {
  it('warns that Twilio cannot reach a local address', () => {
    for (const url of [
      'http://localhost:8080/webhooks/twilio/voice',
      'http://127.0.0.1:8080/webhooks/twilio/voice',
      'https://ringflow.local/webhooks/twilio/voice',
    ]) {
      expect(addressProblem(url), url).toMatch(/^These addresses are on this machine/);
    }
  });

  it('warns about plain HTTP, and says nothing of a public HTTPS address', () => {
    expect(addressProblem('http://calls.example.com/webhooks/twilio/voice')).toMatch(
      /^These addresses are plain HTTP/,
    );
    expect(addressProblem('https://ringflow.example.com/webhooks/twilio/voice')).toBeNull();
  });
});
