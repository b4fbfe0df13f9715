/**
 * Texts go out exactly once, and the message log agrees with the outbox,
 * when answers are lost, Twilio fails, recording an outcome fails, and many
 * texts are delivered at once; against the fake Twilio over real HTTP.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageLogHooks, messageStatusOf } from '../src/auto-replies/delivery-hooks.js';
import { getMessage } from '../src/db/messages.js';
import { getOutbox } from '../src/db/outbox.js';
import { transaction } from '../src/db/sql/connection.js';
import { type HttpRequest, httpRequest } from '../src/http/client.js';
import { queueTeamText } from '../src/outbox/sms.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { NOTHING, type OutboxHarness, outboxHarness } from './support/outbox-harness.js';

const HOUR = 60 * 60_000;

/** A harness whose texts are in the message log, kept up to date by its hooks. */
async function withLogOn(
  options: {
    maxAttempts?: number;
    concurrency?: number;
    request?: HttpRequest;
    postgres?: () => Promise<string>;
  } = {},
) {
  const faults = { settle: 0 };
  let h: OutboxHarness | undefined;
  const hooks = () => messageLogHooks((h as OutboxHarness).db, (h as OutboxHarness).clock);
  h = await outboxHarness({
    ...options,
    // Nothing relies on Twilio dropping a repeated idempotency token.
    idempotencyTokens: false,
    hooks: {
      onSettled: async (row, outcome, tx) => {
        if (faults.settle > 0) {
          faults.settle--;
          throw new Error('disk I/O error (injected)');
        }
        await hooks().onSettled?.(row, outcome, tx);
      },
    },
  });
  const harness = h;
  // As the team's texts and auto-replies are queued: the outbox row names its message.
  const queue = (to: string, key = `text:${to}`) =>
    transaction(harness.db, async (tx) => {
      const { message, outboxId } = await queueTeamText(tx, {
        numberId: null,
        from: '+14155550100',
        to,
        body: 'Sorry we missed your call.',
        idempotencyKey: key,
        at: harness.clock.now().toISOString(),
      });
      return { outboxId, messageId: message.id };
    });
  return { h: harness, faults, queue };
}

const contact = (i: number) => `+1415555${String(1000 + i)}`;

describe.each(BACKENDS)('texts exactly once on %s', (kind) => {
  const postgres = serverDatabase(kind);
  const withLog = (options: Parameters<typeof withLogOn>[0] = {}) =>
    withLogOn({ ...options, postgres });

  it('asks Twilio after a lost answer and records the text it finds, without sending again', async () => {
    const { h, queue } = await withLog();
    try {
      const { outboxId, messageId } = await queue(contact(1));
      h.twilio.loseAnswerNext(1);
      expect(await h.delivery.worker.drain()).toEqual({ ...NOTHING, retried: 1 });
      expect(await getMessage(h.db, messageId)).toMatchObject({ status: 'unknown' });
      h.clock.advance(HOUR);
      expect(await h.delivery.worker.drain()).toEqual({ ...NOTHING, sent: 1 });
      expect(h.twilio.messages).toHaveLength(1);
      expect(h.twilio.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
      const sid = h.twilio.messages[0]?.sid;
      expect(await getOutbox(h.db, outboxId)).toMatchObject({ status: 'sent', result: { sid } });
      expect(await getMessage(h.db, messageId)).toMatchObject({
        status: 'sent',
        providerMessageId: sid,
      });
    } finally {
      await h.close();
    }
  });

  it('sends again when Twilio says the text never arrived', async () => {
    const { h, queue } = await withLog();
    try {
      const { messageId } = await queue(contact(2));
      h.twilio.dropNext(1);
      expect(await h.delivery.worker.drain()).toEqual({ ...NOTHING, retried: 1 });
      h.clock.advance(HOUR);
      expect(await h.delivery.worker.drain()).toEqual({ ...NOTHING, sent: 1 });
      expect(h.twilio.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'POST']);
      expect(h.twilio.messages).toHaveLength(1);
      expect((await getMessage(h.db, messageId))?.status).toBe('sent');
    } finally {
      await h.close();
    }
  });

  it('ends unknown, never resent, when Twilio cannot say whether a lost text went out', async () => {
    const { h, queue } = await withLog({ maxAttempts: 3 });
    try {
      const { outboxId, messageId } = await queue(contact(3));
      h.twilio.loseAnswerNext(1);
      await h.delivery.worker.drain();
      h.twilio.failNext(2, 503);
      for (let i = 0; i < 2; i++) {
        h.clock.advance(HOUR);
        await h.delivery.worker.drain();
      }
      expect(await getOutbox(h.db, outboxId)).toMatchObject({
        status: 'unknown',
        lastError: expect.stringContaining('Twilio could not say'),
      });
      expect(await getMessage(h.db, messageId)).toMatchObject({
        status: 'unknown',
        error: expect.stringContaining('not sent again'),
      });
      h.clock.advance(10 * HOUR);
      expect(await h.delivery.worker.drain()).toEqual(NOTHING);
      expect(h.twilio.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it('repairs the log when recording a sent text fails: the next claim finds it at Twilio', async () => {
    const { h, faults, queue } = await withLog();
    try {
      const { outboxId, messageId } = await queue(contact(4));
      faults.settle = 1;
      await h.delivery.worker.drain();
      // Nothing recorded: both still say it is to send, the attempt's mark kept.
      expect(await getOutbox(h.db, outboxId)).toMatchObject({ status: 'pending' });
      expect((await getMessage(h.db, messageId))?.status).toBe('scheduled');
      h.clock.advance(61_000);
      expect(await h.delivery.worker.drain()).toEqual({ ...NOTHING, sent: 1 });
      expect(h.twilio.messages).toHaveLength(1);
      expect((await getMessage(h.db, messageId))?.status).toBe('sent');
    } finally {
      await h.close();
    }
  });

  it('delivers many texts at once, each exactly once, never more at a time than asked', async () => {
    let inFlight = 0;
    let most = 0;
    const counting: HttpRequest = async (url, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await httpRequest(url, init);
      } finally {
        inFlight--;
      }
    };
    const { h, queue } = await withLog({ concurrency: 4, request: counting });
    try {
      h.twilio.answerDelay(20);
      const rows = await Promise.all(Array.from({ length: 30 }, (_, i) => queue(contact(100 + i))));
      expect(await h.delivery.worker.drain()).toEqual({ ...NOTHING, sent: 30 });
      expect(most).toBe(4);
      expect(new Set(h.twilio.messages.map((m) => m.to)).size).toBe(30);
      expect(h.twilio.messages).toHaveLength(30);
      for (const { messageId } of rows)
        expect((await getMessage(h.db, messageId))?.status).toBe('sent');
    } finally {
      await h.close();
    }
  });

  it('keeps the message log and the outbox in agreement under random failures', async () => {
    const fault = fc.constantFrom('lose', 'drop', 'fail500', 'fail503', 'fail429', 'settle');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(fault, { maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        async (texts, rounds) => {
          const { h, faults, queue } = await withLog({ maxAttempts: 6 });
          try {
            const rows = await Promise.all(
              Array.from({ length: texts }, (_, i) => queue(contact(200 + i))),
            );
            for (const plan of [...rounds, [], [], [], [], [], []]) {
              for (const step of plan) {
                if (step === 'lose') h.twilio.loseAnswerNext(1);
                else if (step === 'drop') h.twilio.dropNext(1);
                else if (step === 'settle') faults.settle++;
                else h.twilio.failNext(1, Number(step.slice(4)));
              }
              await h.delivery.worker.drain();
              h.clock.advance(2 * HOUR);
            }
            for (const { outboxId, messageId } of rows) {
              const row = await getOutbox(h.db, outboxId);
              if (!row) throw new Error('row gone');
              const message = await getMessage(h.db, messageId);
              expect(message?.status).toBe(messageStatusOf(row));
              expect(row.payload).toEqual({ message: messageId });
              const got = h.twilio.messages.filter((m) => m.to === message?.contact);
              expect(got.length).toBeLessThanOrEqual(1);
              if (row.status === 'sent') {
                expect(got.map((m) => m.sid)).toEqual([message?.providerMessageId]);
              }
              expect(row.status).not.toBe('pending');
            }
          } finally {
            await h.close();
          }
        },
      ),
      // Each run makes a fresh database: on PostgreSQL that is a new database, and slower.
      { numRuns: kind === 'sqlite' ? 25 : 10 },
    );
  }, 60_000);
});
