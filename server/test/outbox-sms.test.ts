import { describe, expect, it } from 'vitest';
import { getMessage } from '../src/db/messages.js';
import { enqueue, getOutbox, type OutboxRow } from '../src/db/outbox.js';
import { sqlOf } from '../src/db/sql/connection.js';
import { enqueueSms, queueTeamText } from '../src/outbox/sms.js';
import type { DeliveryResult } from '../src/outbox/worker.js';
import { BACKENDS } from './support/backends.js';
import { NOTHING, type OutboxHarness, outboxHarnesses, text } from './support/outbox-harness.js';

describe.each(BACKENDS)('on %s', (kind) => {
  let h: OutboxHarness;
  const open = outboxHarnesses(kind);
  const start = async (options?: Parameters<typeof open>[0]) => {
    h = await open(options);
  };
  const queue = async (key = 'sms-1') =>
    await enqueueSms(h.db, text(), { idempotencyKey: key, now: h.clock.now() });
  const drain = () => h.delivery.worker.drain();

  describe('the sms hooks', () => {
    it('beforeSend cancels: nothing is sent', async () => {
      const seen: OutboxRow[] = [];
      await start({
        hooks: {
          beforeSend: (row) => {
            seen.push(row);
            return 'the caller replied meanwhile';
          },
        },
      });
      const id = await queue();
      expect(await drain()).toEqual({ ...NOTHING, cancelled: 1 });
      expect(seen.map((r) => r.id)).toEqual([id]);
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'cancelled',
        lastError: 'the caller replied meanwhile',
      });
      expect(h.twilio.requests).toEqual([]);
    });

    it('afterDelivery sees the row as updated, for every outcome', async () => {
      const after: [string, string, DeliveryResult['status']][] = [];
      await start({
        hooks: {
          afterDelivery: (row, outcome) => {
            after.push([row.idempotencyKey, row.status, outcome.status]);
          },
        },
      });
      await queue('ok');
      await enqueueSms(
        h.db,
        { from: '+14155550100', to: 'nope', body: 'Hi' },
        { idempotencyKey: 'bad', now: h.clock.now() },
      );
      expect(await drain()).toEqual({ ...NOTHING, sent: 1, failed: 1 });
      // Both are delivered at once: which finishes first is up to the network and the database.
      expect(after.sort(([a], [b]) => b.localeCompare(a))).toEqual([
        ['ok', 'sent', 'sent'],
        ['bad', 'failed', 'failed'],
      ]);
    });

    it('a throwing afterDelivery is logged and does not undo the delivery', async () => {
      await start({
        hooks: {
          afterDelivery: () => {
            throw new Error('message log is down');
          },
        },
      });
      const id = await queue();
      expect(await drain()).toEqual({ ...NOTHING, sent: 1 });
      expect((await getOutbox(h.db, id))?.status).toBe('sent');
      expect(h.log.lines).toContainEqual(
        expect.objectContaining({ level: 'error', message: 'outbox: afterDelivery threw' }),
      );
    });

    it('a payload that is not a text fails without a request', async () => {
      await start();
      const id = await enqueue(h.db, {
        kind: 'sms',
        payload: { to: '+14155550123' },
        idempotencyKey: 'broken',
        now: h.clock.now(),
      });
      expect(await drain()).toEqual({ ...NOTHING, failed: 1 });
      expect((await getOutbox(h.db, id))?.lastError).toMatch(/^Not a text: from: .*; body: /);
      expect(h.twilio.requests).toEqual([]);
    });
  });

  describe('a text of the message log', () => {
    const logged = async (body = 'We open at 9.') =>
      await queueTeamText(h.db, {
        numberId: null,
        ...text(body),
        idempotencyKey: `team:${body}`,
        at: h.clock.now().toISOString(),
      });

    it('is queued by naming its message, sends its words, and leaves the sid on the message only', async () => {
      await start();
      const { message, outboxId } = await logged();
      expect((await getOutbox(h.db, outboxId))?.payload).toEqual({ message: message.id });
      expect(await drain()).toEqual({ ...NOTHING, sent: 1 });
      const sent = h.twilio.messages[0];
      expect(sent).toMatchObject({
        from: message.business,
        to: message.contact,
        body: 'We open at 9.',
      });
      expect((await getMessage(h.db, message.id))?.providerMessageId).toBe(sent?.sid);
      expect(await getOutbox(h.db, outboxId)).toMatchObject({ status: 'sent', result: null });
    });

    it('fails without a request when its message is gone, naming the message', async () => {
      await start();
      const { message, outboxId } = await logged();
      const sql = sqlOf(h.db);
      await sql.run('UPDATE messages SET outbox_id = NULL WHERE id = ?', [message.id]);
      await sql.run('DELETE FROM messages WHERE id = ?', [message.id]);
      expect(await drain()).toEqual({ ...NOTHING, failed: 1 });
      expect((await getOutbox(h.db, outboxId))?.lastError).toBe(
        `Not a text: message ${message.id} is no longer in the message log`,
      );
      expect(h.twilio.requests).toEqual([]);
    });
  });
});
