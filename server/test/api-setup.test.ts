/** GET /setup: what the admin app's banner says the server is missing, in the words the log uses. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../src/db/sql/connection.js';
import { twilioSetup } from '../src/providers/twilio/credentials.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection> | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe.each(BACKENDS)('the set-up status on %s', (kind) => {
  const postgres = serverDatabase(kind);
  it('names the Twilio credentials still to set and what does not work meanwhile', async () => {
    h = await apiHarness({ postgres });
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
      postgres,
      env: { TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}`, TWILIO_AUTH_TOKEN: 'token' },
    });
    expect((await h.send('GET', '/setup')).body.twilio).toEqual({
      ready: true,
      missing: [],
      problem: null,
    });
  });

  it('needs a signed-in user', async () => {
    h = await apiHarness({ postgres });
    expect((await h.send('GET', '/setup', undefined, 'none')).status).toBe(401);
  });
});

describe('the Twilio set-up problem', () => {
  it('says webhooks are refused only when their signatures cannot be checked', () => {
    expect(twilioSetup({ authToken: 'token' }).problem).toMatch(/^TWILIO_ACCOUNT_SID is not set:/);
    expect(twilioSetup({ authToken: 'token' }).problem).not.toMatch(/refused/);
    expect(twilioSetup({ accountSid: 'AC1', skipSignatureCheck: true }).problem).not.toMatch(
      /refused/,
    );
  });
});
