/** GET /setup: what the admin app's banner says the server is missing, in the words the log uses. */
import { afterEach, describe, expect, it } from 'vitest';
import { twilioSetup } from '../src/providers/twilio/credentials.js';
import { type ApiHarness, apiHarness } from './api-harness.js';

let h: ApiHarness | undefined;
afterEach(() => h?.close());

describe('the set-up status', () => {
  it('names the Twilio credentials still to set and what does not work meanwhile', async () => {
    h = await apiHarness();
    const res = await h.send('GET', '/setup');
    expect(res.status).toBe(200);
    expect(res.body.twilio).toMatchObject({
      ready: false,
      missing: ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN'],
    });
    expect(res.body.twilio.problem).toMatch(
      /^TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set: texts cannot be sent .* Every Twilio webhook is refused \(403\), calls included\. Set them on the server/,
    );
  });

  it('is ready once both are set', async () => {
    h = await apiHarness({
      env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`, TWILIO_AUTH_TOKEN: 'token' },
    });
    expect((await h.send('GET', '/setup')).body.twilio).toEqual({
      ready: true,
      missing: [],
      problem: null,
    });
  });

  it('says webhooks are refused only when their signatures cannot be checked', () => {
    expect(twilioSetup({ authToken: 'token' }).problem).toMatch(/^TWILIO_ACCOUNT_SID is not set:/);
    expect(twilioSetup({ authToken: 'token' }).problem).not.toMatch(/refused/);
    expect(twilioSetup({ accountSid: 'AC1', skipSignatureCheck: true }).problem).not.toMatch(
      /refused/,
    );
  });

  it('needs a signed-in user', async () => {
    h = await apiHarness();
    expect((await h.send('GET', '/setup', undefined, 'none')).status).toBe(401);
  });
});
