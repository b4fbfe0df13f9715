import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compactWebhook } from '../src/calls/trace.js';
import { findCallByProviderId, listCallEvents } from '../src/db/calls.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { startTestServer, type TestServer } from './support/harness.js';

/** What a finished call keeps: its result and a trace without Twilio's repeated parameters. */
describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ postgres });
  });
  afterEach(async () => {
    await server.close();
  });

  describe('compactWebhook', () => {
    it("drops what the call's row holds, and the numbers' whereabouts after the first step", () => {
      const params = {
        CallSid: 'CA1',
        AccountSid: 'AC1',
        ApiVersion: '2010-04-01',
        From: '+14155550123',
        To: '+14155550100',
        Caller: '+14155550123',
        Called: '+14155550100',
        Direction: 'inbound',
        FromCity: 'SAN FRANCISCO',
        CallStatus: 'ringing',
      };
      expect(compactWebhook(params, 0)).toEqual({
        Direction: 'inbound',
        FromCity: 'SAN FRANCISCO',
        CallStatus: 'ringing',
      });
      expect(compactWebhook({ ...params, DialCallStatus: 'busy' }, 1)).toEqual({
        CallStatus: 'ringing',
        DialCallStatus: 'busy',
      });
    });
  });

  describe('a finished call', () => {
    it('drops its machine snapshot, keeps its path, and still answers a retry the same', async () => {
      const call = server.call();
      const ringing = await call.ring();
      const voicemail = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
      expect(
        (await findCallByProviderId(server.deps.db, 'twilio', call.callSid))?.snapshot,
      ).not.toBeNull();
      const done = await call.act(voicemail, 'Record', {
        RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
        RecordingDuration: '17',
      });
      await call.hangUp();
      const saved = await findCallByProviderId(server.deps.db, 'twilio', call.callSid);
      expect(saved).toMatchObject({ status: 'ended', snapshot: null });
      expect(saved?.result?.path.length).toBeGreaterThan(2);

      // The retried recording webhook gets the very same TwiML, and the call does not step again.
      const retry = await call.act(voicemail, 'Record', {
        RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
        RecordingDuration: '17',
      });
      expect(retry.body).toBe(done.body);
      expect((await findCallByProviderId(server.deps.db, 'twilio', call.callSid))?.step).toBe(
        saved?.step,
      );

      const events = await listCallEvents(server.deps.db, saved?.id ?? '');
      const webhooks = events.filter((e) => e.kind === 'webhook');
      for (const w of webhooks) expect(w.data).not.toHaveProperty('AccountSid');
      expect(webhooks[1]?.data).toMatchObject({ DialCallStatus: 'no-answer' });

      const api = await server.admin();
      const page = await api<{ path: string[] }>('GET', `/calls/${saved?.id}`);
      expect(page.status).toBe(200);
      expect(page.body.path).toEqual(saved?.result?.path);
    });
  });
});
