import { afterEach, describe, expect, it } from 'vitest';
import { listOutbox } from '../src/db/outbox.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { OWNER } from './support/harness.js';
import { type HttpReceiver, startHttpReceiver } from './support/http-receiver.js';
import { CALLER, type NotifyServer, startNotifyServer } from './support/notify-fixtures.js';

/**
 * Missed calls and texts, from Twilio's webhooks to e-mails and outgoing
 * webhooks: the demo flow in office hours rings the team; a caller who hangs
 * up while it rings has missed the call, unless Twilio then reports that the
 * dial was answered after all.
 */
describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  const MINUTE = 60_000;
  let n: NotifyServer;
  let hooks: HttpReceiver | undefined;
  afterEach(async () => {
    await n?.close();
    await hooks?.close();
  });

  /** Owner e-mails for every event, and a webhook for every event, all numbers. */
  async function subscribeAll() {
    const mine = await n.admin('PUT', '/me/notifications', {
      email: { 'voicemail.new': true, 'call.missed': true, 'message.received': true },
      numberIds: null,
    });
    expect(mine.status).toBe(200);
    hooks = await startHttpReceiver();
    const endpoint = await n.admin('POST', '/webhooks', {
      url: hooks.url,
      events: ['voicemail.new', 'call.missed', 'message.received'],
    });
    expect(endpoint.status).toBe(201);
    return hooks;
  }

  /** Delivers what is due now, then what waited out the hold for late reports. */
  async function deliverAll() {
    await n.server.delivery.worker.drain();
    n.server.clock.advance(MINUTE + 1000);
    await n.server.delivery.worker.drain();
  }

  const webhookTypes = (receiver: HttpReceiver) =>
    receiver.requests.map((r) => (JSON.parse(r.body) as { type: string }).type);

  describe('missed-call notifications', () => {
    it('tells nobody when a late dial report makes the call answered', async () => {
      n = await startNotifyServer({ postgres });
      const receiver = await subscribeAll();
      const call = n.server.call(CALLER);
      const ringing = await call.ring();
      await call.hangUp('completed', '300');
      // Held for late reports: nothing goes out before the minute has passed.
      await n.server.delivery.worker.drain();
      expect(n.smtp.messages).toHaveLength(0);
      await call.act(ringing, 'Dial', { DialCallStatus: 'completed', DialCallDuration: '280' });
      await deliverAll();
      expect(n.smtp.messages).toHaveLength(0);
      expect(receiver.requests).toHaveLength(0);
      const cancelled = (await listOutbox(n.server.deps.db, { status: 'cancelled' })).filter((r) =>
        r.idempotencyKey.startsWith('notify:evt_missed_'),
      );
      expect(cancelled).toHaveLength(2);
      expect(cancelled[0]?.lastError).toBe(
        'The call was not missed after all: its outcome is now answered (reported late)',
      );
    });

    it('tells once of a plain missed call, after the hold, with a member in do not disturb', async () => {
      n = await startNotifyServer({ postgres });
      const receiver = await subscribeAll();
      expect((await n.admin('POST', '/members/alice/dnd', { minutes: 120 })).status).toBe(200);
      const call = n.server.call(CALLER);
      await call.ring();
      await call.hangUp('completed', '12');
      await call.hangUp('completed', '12');
      await deliverAll();
      n.server.clock.advance(3_600_000);
      await n.server.delivery.worker.drain();

      expect(n.smtp.messages.map((m) => m.subject)).toEqual([
        `Missed call from ${CALLER} on Main line`,
      ]);
      const [mail] = n.smtp.messages;
      expect(mail?.envelopeTo).toEqual([OWNER.email]);
      expect(mail?.text).toContain('Time: Mon, Nov 23, 2026, 10:00 AM (America/New_York)');
      expect(mail?.text).toMatch(/https:\/\/ringflow\.example\.com\/calls\/call_[\w-]+/);
      expect(webhookTypes(receiver)).toEqual(['call.missed']);
      const body = JSON.parse(receiver.requests[0]?.body ?? '{}');
      expect(body.data).toMatchObject({
        caller: CALLER,
        number: { e164: '+14155550100', name: 'Main line' },
        startedAt: '2026-11-23T15:00:00.000Z',
      });
      expect(['missed', 'abandoned']).toContain(body.data.outcome);
    });
  });

  describe('text notifications', () => {
    it("posts 'message.received' with the body, and e-mails it to users who chose it", async () => {
      n = await startNotifyServer({ postgres });
      const receiver = await subscribeAll();
      const text = await n.server.text('Is the plumber coming today?', CALLER, undefined, 'SM100');
      expect(text.status).toBe(200);
      // Twilio retries the webhook: still one notification.
      await n.server.text('Is the plumber coming today?', CALLER, undefined, 'SM100');
      await n.server.delivery.worker.drain();
      expect(webhookTypes(receiver)).toEqual(['message.received']);
      const body = JSON.parse(receiver.requests[0]?.body ?? '{}');
      expect(body.data).toMatchObject({
        from: CALLER,
        body: 'Is the plumber coming today?',
        number: { e164: '+14155550100' },
        at: '2026-11-23T15:00:00.000Z',
      });
      expect(body.data.messageId).toMatch(/^msg_/);
      expect(n.smtp.messages).toHaveLength(1);
      expect(n.smtp.messages[0]?.text).toContain('Is the plumber coming today?');
      expect(n.smtp.messages[0]?.text).toContain('https://ringflow.example.com/messages');
    });

    it('stays quiet for texts by default (only voicemails are on)', async () => {
      n = await startNotifyServer({ postgres });
      await n.server.text('Hello', CALLER, undefined, 'SM200');
      await n.server.delivery.worker.drain();
      expect(n.smtp.messages).toHaveLength(0);
    });
  });
});
