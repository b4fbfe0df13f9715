import { describe, expect, it } from 'vitest';
import { claimDue, getOutbox } from '../src/db/outbox.js';
import { startAttempt } from '../src/db/outbox-outcomes.js';
import { enqueueSms } from '../src/outbox/sms.js';
import { retryDelayMs } from '../src/outbox/worker.js';
import { BACKENDS } from './support/backends.js';
import {
  NOTHING,
  type OutboxHarness,
  outboxHarnesses,
  T0,
  text,
} from './support/outbox-harness.js';

describe.each(BACKENDS)('on %s', (kind) => {
  let h: OutboxHarness;
  const open = outboxHarnesses(kind);
  const start = async (options?: Parameters<typeof open>[0]) => {
    h = await open(options);
  };
  const queue = async (key = 'sms-1', options: { notBefore?: Date } = {}) =>
    await enqueueSms(h.db, text(), {
      idempotencyKey: key,
      notBefore: options.notBefore,
      now: h.clock.now(),
    });
  const drain = () => h.delivery.worker.drain();
  const minutes = (n: number) => n * 60_000;

  describe('the outbox worker with Twilio', () => {
    it('sends a due text once and records the sid', async () => {
      await start();
      const id = await queue();
      expect(await drain()).toEqual({ ...NOTHING, sent: 1 });
      expect(await drain()).toEqual(NOTHING);
      const [message] = h.twilio.messages;
      expect(h.twilio.messages).toHaveLength(1);
      expect(message?.idempotencyToken).toBe('sms-1');
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'sent',
        attempts: 1,
        sentAt: T0,
        result: { sid: message?.sid, status: 'queued' },
        lastError: null,
      });
    });

    it('retries a 500 after the back-off and sends exactly once', async () => {
      await start();
      const id = await queue();
      h.twilio.failNext(1, 500);
      expect(await drain()).toEqual({ ...NOTHING, retried: 1 });
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'pending',
        attempts: 1,
        notBefore: new Date(Date.parse(T0) + 30_000).toISOString(),
        lastError: '20500: Internal Server Error',
        result: { httpStatus: 500, code: 20500 },
      });

      h.clock.advance(29_999);
      expect(await drain()).toEqual(NOTHING);
      expect(h.twilio.requests).toHaveLength(1);

      h.clock.advance(1);
      expect(await drain()).toEqual({ ...NOTHING, sent: 1 });
      // A 500 may come after the text was created: Twilio is asked before it is sent again.
      expect(h.twilio.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
        'POST 500',
        'GET 200',
        'POST 201',
      ]);
      expect(h.twilio.messages).toHaveLength(1);
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'sent',
        attempts: 2,
        result: { sid: h.twilio.messages[0]?.sid },
      });
    });

    it('retries after a dropped connection', async () => {
      await start();
      const id = await queue();
      h.twilio.dropNext(1);
      expect(await drain()).toEqual({ ...NOTHING, retried: 1 });
      expect((await getOutbox(h.db, id))?.lastError).toMatch(/^Could not reach Twilio/);
      h.clock.advance(30_000);
      expect(await drain()).toEqual({ ...NOTHING, sent: 1 });
      expect(h.twilio.messages).toHaveLength(1);
    });

    it("fails on a 400, keeping Twilio's code and message", async () => {
      await start();
      const id = await enqueueSms(
        h.db,
        { from: '+14155550100', to: '+15005550001', body: 'Hi' },
        { idempotencyKey: 'bad-to', now: h.clock.now() },
      );
      expect(await drain()).toEqual({ ...NOTHING, failed: 1 });
      const message = "The 'To' number +15005550001 is not a valid phone number.";
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastError: `21211: ${message}`,
        result: { httpStatus: 400, code: 21211, message },
        sentAt: null,
      });
      h.clock.advance(minutes(120));
      expect(await drain()).toEqual(NOTHING);
      expect(h.twilio.messages).toEqual([]);
    });

    it('does not send a delayed text early', async () => {
      await start();
      const id = await queue('later', { notBefore: new Date(Date.parse(T0) + minutes(10)) });
      expect(await drain()).toEqual(NOTHING);
      h.clock.advance(minutes(10) - 1);
      expect(await drain()).toEqual(NOTHING);
      expect(h.twilio.requests).toEqual([]);
      h.clock.advance(1);
      expect(await drain()).toEqual({ ...NOTHING, sent: 1 });
      expect((await getOutbox(h.db, id))?.status).toBe('sent');
    });

    it('sends a delayed text once after a restart', async () => {
      await start();
      const id = await queue('delayed', { notBefore: new Date(Date.parse(T0) + minutes(10)) });
      expect(await drain()).toEqual(NOTHING);
      await h.restart();
      h.clock.advance(minutes(11));
      expect(await drain()).toEqual({ ...NOTHING, sent: 1 });
      expect(await drain()).toEqual(NOTHING);
      expect(h.twilio.messages).toHaveLength(1);
      expect((await getOutbox(h.db, id))?.status).toBe('sent');
    });

    it("settles a crashed worker's claim after its lease by asking Twilio, never sending twice", async () => {
      await start({ leaseSeconds: 60 });
      const id = await queue('crash');
      // Another worker claims the row, sends it, and dies before recording anything.
      const [claimed] = await claimDue(h.db, h.clock.now(), { limit: 1, leaseSeconds: 60 });
      if (!claimed) throw new Error('nothing claimed');
      expect(
        await startAttempt(h.db, claimed.id, { attempts: claimed.attempts, at: h.clock.now() }),
      ).toBe(true);
      const first = await h.delivery.client.send({
        ...(claimed.payload as ReturnType<typeof text>),
        idempotencyKey: claimed.idempotencyKey,
      });
      await h.restart();

      h.clock.advance(59_999);
      expect(await drain()).toEqual(NOTHING);
      h.clock.advance(1);
      expect(await drain()).toEqual({ ...NOTHING, sent: 1 });
      // No second POST: the list showed the text, whatever Twilio makes of idempotency tokens.
      expect(h.twilio.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
      expect(h.twilio.messages).toHaveLength(1);
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'sent',
        attempts: 2,
        result: { sid: first.ok ? first.sid : 'none', recovered: true },
        attemptStartedAt: null,
      });
    });

    it('enqueues one row per idempotency key, and sends one text', async () => {
      await start();
      expect(await queue('same')).toBe(await queue('same'));
      expect(await drain()).toEqual({ ...NOTHING, sent: 1 });
      expect(h.twilio.messages).toHaveLength(1);
    });

    it('gives up after maxAttempts', async () => {
      await start({ maxAttempts: 3 });
      const id = await queue();
      h.twilio.failNext(5, 429);
      for (const attempts of [1, 2]) {
        expect(await drain()).toEqual({ ...NOTHING, retried: 1 });
        h.clock.advance(retryDelayMs(attempts));
      }
      expect(await drain()).toEqual({ ...NOTHING, failed: 1 });
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'failed',
        attempts: 3,
        lastError: 'Gave up after 3 attempts: 20429: Too Many Requests',
      });
      expect(h.twilio.requests).toHaveLength(3);
    });

    it('keeps texts without credentials, retrying, and says which variables to set', async () => {
      await start({ credentials: false });
      expect(h.delivery.missingCredentials).toEqual(['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN']);
      const id = await queue();
      expect(await drain()).toEqual({ ...NOTHING, retried: 1 });
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'pending',
        lastError: expect.stringContaining('set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN'),
      });
      expect(h.twilio.requests).toEqual([]);
    });
  });
});
