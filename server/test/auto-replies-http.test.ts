import { afterEach, describe, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { AUTH_TOKEN, startTestServer, type TestServer } from './support/harness.js';

/**
 * Auto-replies end to end over real HTTP: Twilio's webhooks in, decisions in
 * SQLite, texts out through the outbox to a local fake of Twilio's REST API.
 */
const ACCOUNT_SID = `AC${'ab'.repeat(16)}`;
const CALLER = '+14155550123';
const MINUTE = 60_000;

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  let twilio: FakeTwilioRest;
  let server: TestServer;
  afterEach(async () => {
    await server?.close();
    await twilio?.close();
  });

  async function start() {
    twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    server = await startTestServer({
      twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID },
      postgres,
    });
    const admin = await server.admin();
    const numbers = await admin<{ numbers: { id: string; number: string }[] }>('GET', '/numbers');
    const demo = numbers.body.numbers.find((n) => n.number === '+14155550100');
    if (!demo) throw new Error('the demo number is missing');
    return { admin, numberId: demo.id };
  }

  /** A call nobody answers: the caller gives up while the team's phones ring. */
  async function missedCall(from = CALLER) {
    const call = server.call(from);
    await call.ring();
    await call.hangUp('completed', '12');
    return call;
  }

  /** What the outbox sends now, then a minute later (after the hold for late reports). */
  async function deliverAll() {
    await server.delivery.worker.drain();
    server.clock.advance(MINUTE + 1000);
    await server.delivery.worker.drain();
  }

  const textRule = (extra: Record<string, unknown> = {}) => ({
    id: 'texts',
    name: 'Incoming texts',
    trigger: 'incoming-text',
    texts: {
      inHours: 'Thanks {{contact.number}}, we will answer soon.',
      afterHours: 'We are closed.',
    },
    ...extra,
  });

  interface Decision {
    reason: string;
    action: string;
    detail: string;
    delivery: { status: string } | null;
  }
  const decisionsOf = async (admin: Awaited<ReturnType<typeof start>>['admin'], numberId: string) =>
    (await admin<{ decisions: Decision[] }>('GET', `/numbers/${numberId}/auto-reply-decisions`))
      .body.decisions;

  describe('auto-replies after calls', () => {
    it('texts a missed call once, once the call has ended and the hold has passed', async () => {
      const { admin, numberId } = await start();
      await missedCall();
      await server.delivery.worker.drain();
      expect(twilio.messages).toHaveLength(0);
      server.clock.advance(MINUTE + 1000);
      await server.delivery.worker.drain();
      expect(twilio.messages).toHaveLength(1);
      expect(twilio.messages[0]).toMatchObject({
        to: CALLER,
        from: '+14155550100',
        body: 'Sorry we missed your call at Acme Plumbing. We will call you back shortly.',
      });
      const [decision] = await decisionsOf(admin, numberId);
      expect(decision).toMatchObject({
        action: 'send',
        reason: 'sent',
        delivery: { status: 'sent' },
      });

      const calls = await admin<{ calls: { id: string }[] }>('GET', '/calls');
      const detail = await admin<{ autoReplyDecisions: Decision[] }>(
        'GET',
        `/calls/${calls.body.calls[0]?.id}`,
      );
      expect(detail.body.autoReplyDecisions.map((d) => d.reason)).toEqual(['sent']);
    });

    it('sends one text when Twilio delivers the status callback twice', async () => {
      await start();
      const call = await missedCall();
      await call.hangUp('completed', '12');
      await deliverAll();
      expect(twilio.messages).toHaveLength(1);
    });

    it('gives three missed calls in an hour one text', async () => {
      const { admin, numberId } = await start();
      for (let i = 0; i < 3; i++) {
        await missedCall();
        await deliverAll();
        server.clock.advance(20 * MINUTE);
      }
      expect(twilio.messages).toHaveLength(1);
      const reasons = (await decisionsOf(admin, numberId)).map((d) => d.reason);
      expect(reasons).toEqual(['cooldown', 'cooldown', 'sent']);
    });

    it('does not text after a late dial report makes the call answered', async () => {
      await start();
      const call = server.call();
      const ringing = await call.ring();
      await call.hangUp('completed', '300');
      // Twilio reports the dial after the status callback: someone had answered.
      await call.act(ringing, 'Dial', { DialCallStatus: 'completed', DialCallDuration: '280' });
      await deliverAll();
      expect(twilio.messages).toHaveLength(0);
    });

    it('retries a 5xx and sends exactly once', async () => {
      await start();
      twilio.failNext(1, 500);
      await missedCall();
      await deliverAll();
      expect(twilio.messages).toHaveLength(0);
      server.clock.advance(31_000);
      await server.delivery.worker.drain();
      await server.delivery.worker.drain();
      expect(twilio.requests.filter((r) => r.status === 500)).toHaveLength(1);
      expect(twilio.messages).toHaveLength(1);
    });

    it('records a permanent failure with Twilio error, and the log shows it', async () => {
      const { admin, numberId } = await start();
      twilio.failNext(1, 400, {
        code: 21610,
        message: 'Attempt to send to unsubscribed recipient',
      });
      await missedCall();
      await deliverAll();
      expect(twilio.messages).toHaveLength(0);
      const messages = await admin<{ messages: { status: string; error: string | null }[] }>(
        'GET',
        `/messages?numberId=${numberId}`,
      );
      expect(messages.body.messages[0]).toMatchObject({
        status: 'failed',
        error: '21610: Attempt to send to unsubscribed recipient',
      });
    });
  });

  describe('auto-replies to texts', () => {
    it('answers a text, and a retried webhook neither stores nor answers it twice', async () => {
      const { admin, numberId } = await start();
      expect(
        (await admin('PUT', `/numbers/${numberId}/auto-replies`, { rules: [textRule()] })).status,
      ).toBe(200);
      const first = await server.text('Hi, are you open?', CALLER, undefined, 'SM1');
      expect(first.status).toBe(200);
      expect(first.body).toContain('<Response/>');
      await server.text('Hi, are you open?', CALLER, undefined, 'SM1');
      await server.delivery.worker.drain();
      expect(twilio.messages.map((m) => m.body)).toEqual([
        `Thanks ${CALLER}, we will answer soon.`,
      ]);
      const log = await admin<{ messages: { direction: string }[] }>('GET', '/messages');
      expect(log.body.messages.map((m) => m.direction).sort()).toEqual(['in', 'out']);
    });

    it('refuses a forged text with 403 and keeps nothing; logs a text to an unknown number', async () => {
      const { admin } = await start();
      const forged = await server.send('/webhooks/twilio/sms', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Twilio-Signature': 'bm90IGEgc2lnbmF0dXJl',
        },
        body: new URLSearchParams({
          MessageSid: 'SM9',
          From: CALLER,
          To: '+14155550100',
          Body: 'x',
        }),
      });
      expect(forged.status).toBe(403);
      const unknown = await server.text('Hello?', CALLER, '+14155550999');
      expect(unknown.status).toBe(200);
      const missing = await server.text('', CALLER, '');
      expect(missing.status).toBe(400);
      expect(missing.body).toBe('To is empty');
      const log = await admin<{ messages: { business: string; numberId: string | null }[] }>(
        'GET',
        '/messages',
      );
      expect(log.body.messages).toEqual([
        expect.objectContaining({ business: '+14155550999', numberId: null }),
      ]);
    });

    it('stays quiet after a team member talked to the contact', async () => {
      const { admin, numberId } = await start();
      await admin('PUT', `/numbers/${numberId}/auto-replies`, { rules: [textRule()] });
      const call = server.call();
      const ringing = await call.ring();
      await call.act(ringing, 'Dial', { DialCallStatus: 'completed', DialCallDuration: '120' });
      await call.hangUp('completed', '130');
      server.clock.advance(30 * MINUTE);
      await server.text('Thanks for the call, one more question');
      await deliverAll();
      expect(twilio.messages).toHaveLength(0);
      const [decision] = await decisionsOf(admin, numberId);
      expect(decision?.reason).toBe('conversation');
    });

    it('stays quiet while a team member is on the phone with the contact', async () => {
      const { admin, numberId } = await start();
      await admin('PUT', `/numbers/${numberId}/auto-replies`, { rules: [textRule()] });
      const call = server.call();
      const ringing = await call.ring();
      expect((await call.answer(ringing, '+14155550101')).status).toBe(200);
      server.clock.advance(5 * MINUTE);
      await server.text('Sending you the photo now');
      await deliverAll();
      expect(twilio.messages).toHaveLength(0);
      const [decision] = await decisionsOf(admin, numberId);
      expect(decision?.reason).toBe('conversation');
      const calls = await admin<{ calls: { id: string }[] }>('GET', '/calls');
      const detail = await admin<{ events: { kind: string; data: { note?: string } }[] }>(
        'GET',
        `/calls/${calls.body.calls[0]?.id}`,
      );
      expect(detail.body.events.map((e) => e.data.note)).toContain('Answered by +14155550101');
    });

    it('never answers an autoresponder, a short code or a sender id', async () => {
      const { admin, numberId } = await start();
      await admin('PUT', `/numbers/${numberId}/auto-replies`, { rules: [textRule()] });
      await server.text('Auto-reply: I am out of the office until Monday.', '+14155550999');
      await server.text('Your code is 123456', '55555');
      await server.text('Your parcel is on its way', 'DHLExpress');
      await deliverAll();
      expect(twilio.messages).toHaveLength(0);
      const reasons = (await decisionsOf(admin, numberId)).map((d) => d.reason).sort();
      expect(reasons).toEqual(['automated-sender', 'automated-sender', 'automated-text']);
    });

    it('gives fifty simultaneous texts from one contact one reply', async () => {
      const { admin, numberId } = await start();
      await admin('PUT', `/numbers/${numberId}/auto-replies`, { rules: [textRule()] });
      const replies = await Promise.all(
        Array.from({ length: 50 }, (_, i) => server.text(`Message ${i}`)),
      );
      expect(replies.every((r) => r.status === 200)).toBe(true);
      await deliverAll();
      expect(twilio.messages).toHaveLength(1);
      const decisions = await decisionsOf(admin, numberId);
      expect(decisions.filter((d) => d.action === 'send')).toHaveLength(1);
      expect(decisions).toHaveLength(50);
    });

    it('sends a delayed reply once after a restart', async () => {
      const { admin, numberId } = await start();
      await admin('PUT', `/numbers/${numberId}/auto-replies`, {
        rules: [textRule({ delayMinutes: 10 })],
      });
      await server.text('Hello?');
      await server.delivery.worker.drain();
      expect(twilio.messages).toHaveLength(0);
      await server.restart();
      server.clock.advance(10 * MINUTE);
      await server.delivery.worker.drain();
      await server.delivery.worker.drain();
      expect(twilio.messages).toHaveLength(1);
    });

    it('cancels a delayed reply when the team replies first', async () => {
      const { admin, numberId } = await start();
      await admin('PUT', `/numbers/${numberId}/auto-replies`, {
        rules: [textRule({ delayMinutes: 10 })],
      });
      await server.text('Hello?');
      server.clock.advance(2 * MINUTE);
      const sent = await admin('POST', `/numbers/${numberId}/messages`, {
        to: CALLER,
        body: 'Hi! Yes, how can we help?',
      });
      expect(sent.status).toBe(201);
      await server.delivery.worker.drain();
      server.clock.advance(10 * MINUTE);
      await server.delivery.worker.drain();
      expect(twilio.messages.map((m) => m.body)).toEqual(['Hi! Yes, how can we help?']);
      const [decision] = await decisionsOf(admin, numberId);
      expect(decision?.delivery?.status).toBe('cancelled');
    });

    it('stops a deleted rule at once, its delayed reply included', async () => {
      const { admin, numberId } = await start();
      await admin('PUT', `/numbers/${numberId}/auto-replies`, {
        rules: [textRule({ delayMinutes: 5 })],
      });
      await server.text('Hello?');
      expect((await admin('DELETE', `/numbers/${numberId}/auto-replies/texts`)).status).toBe(204);
      server.clock.advance(6 * MINUTE);
      await server.delivery.worker.drain();
      expect(twilio.messages).toHaveLength(0);
      await server.text('Anyone?');
      expect(await decisionsOf(admin, numberId)).toHaveLength(1);
    });

    it('refuses bad settings naming the field', async () => {
      const { admin, numberId } = await start();
      const long = await admin<{ error: { message: string } }>(
        'PUT',
        `/numbers/${numberId}/auto-replies`,
        { rules: [textRule({ texts: { inHours: 'x'.repeat(1601) } })] },
      );
      expect(long.status).toBe(400);
      expect(JSON.stringify(long.body)).toContain('rules.0.texts.inHours');
      const unknown = await admin('GET', '/numbers/nope/auto-replies');
      expect(unknown.status).toBe(404);
    });
  });
});
