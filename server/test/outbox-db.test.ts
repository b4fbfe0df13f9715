import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { initial } from '../src/db/migrations/001-initial.js';
import {
  cancelOutbox,
  claimDue,
  enqueue,
  enqueueOrRetry,
  findOutboxByKey,
  getOutbox,
  listOutbox,
} from '../src/db/outbox.js';
import { markFailed, markRetry, markSent } from '../src/db/outbox-outcomes.js';
import { databasePerTest } from './api-harness.js';
import { BACKENDS } from './support/backends.js';

const t0 = '2026-11-23T15:00:00.000Z';
const later = (seconds: number) => new Date(Date.parse(t0) + seconds * 1000).toISOString();
const payload = { from: '+14155550100', to: '+14155550123', body: 'Hi' };

describe.each(BACKENDS)('the outbox table on %s', (kind) => {
  const store = databasePerTest(kind);

  it('enqueues a pending row with its payload parsed back', async () => {
    const id = await enqueue(store.db, { kind: 'sms', payload, idempotencyKey: 'k1', now: t0 });
    expect(await getOutbox(store.db, id)).toEqual({
      id,
      kind: 'sms',
      payload,
      idempotencyKey: 'k1',
      status: 'pending',
      attempts: 0,
      notBefore: t0,
      lastError: null,
      result: null,
      createdAt: t0,
      updatedAt: t0,
      sentAt: null,
      attemptStartedAt: null,
    });
    expect((await findOutboxByKey(store.db, 'k1'))?.id).toBe(id);
  });

  it('keeps one row per idempotency key: enqueueing again returns the first id', async () => {
    const first = await enqueue(store.db, { kind: 'sms', payload, idempotencyKey: 'k1', now: t0 });
    const again = await enqueue(store.db, {
      kind: 'sms',
      payload: { ...payload, body: 'other' },
      idempotencyKey: 'k1',
      notBefore: later(600),
      now: later(1),
    });
    expect(again).toBe(first);
    expect(await listOutbox(store.db)).toHaveLength(1);
    expect((await getOutbox(store.db, first))?.payload).toEqual(payload);
  });

  it('enqueueOrRetry: puts a failed or cancelled row back to pending, leaves the others', async () => {
    const job = { kind: 'synthesize', payload: { text: 'Hi' }, now: t0 };
    const failed = await enqueueOrRetry(store.db, { ...job, idempotencyKey: 'failed' });
    const cancelled = await enqueue(store.db, { ...job, idempotencyKey: 'cancelled' });
    const sent = await enqueue(store.db, { ...job, idempotencyKey: 'sent' });
    const pending = await enqueue(store.db, { ...job, idempotencyKey: 'pending' });
    expect(await claimDue(store.db, t0)).toHaveLength(4);
    await markFailed(store.db, failed, { error: 'Azure is down', at: later(1) });
    await cancelOutbox(store.db, cancelled, 'no engine', later(1));
    await markSent(store.db, sent, { result: { file: 'a.wav' }, at: later(1) });
    const again = async (key: string) =>
      await enqueueOrRetry(store.db, {
        ...job,
        payload: { text: 'other' },
        idempotencyKey: key,
        now: later(30),
      });

    expect(await again('failed')).toBe(failed);
    expect(await getOutbox(store.db, failed)).toMatchObject({
      status: 'pending',
      attempts: 0,
      notBefore: later(30),
      updatedAt: later(30),
      lastError: 'Azure is down',
      payload: { text: 'Hi' },
    });
    expect(await again('cancelled')).toBe(cancelled);
    expect(await getOutbox(store.db, cancelled)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await again('sent')).toBe(sent);
    expect(await getOutbox(store.db, sent)).toMatchObject({ status: 'sent', attempts: 1 });
    // Pending (here claimed, in flight until later(60)): its lease and attempts stay.
    expect(await again('pending')).toBe(pending);
    expect(await getOutbox(store.db, pending)).toMatchObject({
      status: 'pending',
      attempts: 1,
      notBefore: later(60),
    });
    expect(await listOutbox(store.db)).toHaveLength(4);
    // Due again: the worker claims it like a new row.
    expect((await claimDue(store.db, later(30))).map((r) => r.id)).toEqual([failed, cancelled]);
  });

  it('enqueue never re-queues a failed row: a text is sent at most once', async () => {
    const id = await enqueue(store.db, { kind: 'sms', payload, idempotencyKey: 'k', now: t0 });
    await claimDue(store.db, t0);
    await markFailed(store.db, id, { error: 'rejected', at: t0 });
    await enqueue(store.db, { kind: 'sms', payload, idempotencyKey: 'k', now: later(60) });
    expect(await getOutbox(store.db, id)).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('claims due rows oldest first, leasing them', async () => {
    const a = await enqueue(store.db, {
      kind: 'sms',
      payload,
      idempotencyKey: 'a',
      notBefore: later(5),
      now: t0,
    });
    const b = await enqueue(store.db, { kind: 'sms', payload, idempotencyKey: 'b', now: t0 });
    await enqueue(store.db, {
      kind: 'sms',
      payload,
      idempotencyKey: 'c',
      notBefore: later(600),
      now: t0,
    });
    const claimed = await claimDue(store.db, later(10), { limit: 5, leaseSeconds: 60 });
    expect(claimed.map((r) => [r.id, r.attempts, r.notBefore, r.status])).toEqual([
      [b, 1, later(70), 'pending'],
      [a, 1, later(70), 'pending'],
    ]);
    // Leased: nobody else gets them until the lease ends.
    expect(await claimDue(store.db, later(69))).toEqual([]);
    expect(
      (await claimDue(store.db, later(70), { limit: 1 })).map((r) => [r.id, r.attempts]),
    ).toEqual([[a, 2]]);
  });

  it('claims only rows due by `dueBy` when given', async () => {
    await enqueue(store.db, {
      kind: 'sms',
      payload,
      idempotencyKey: 'a',
      notBefore: later(30),
      now: t0,
    });
    expect(await claimDue(store.db, later(60), { dueBy: t0 })).toEqual([]);
    expect(await claimDue(store.db, later(60))).toHaveLength(1);
  });

  it('records sent, retry and failed, fenced by the claim', async () => {
    const id = await enqueue(store.db, { kind: 'sms', payload, idempotencyKey: 'k', now: t0 });
    const [row] = await claimDue(store.db, t0);
    expect(
      await markRetry(store.db, id, {
        notBefore: later(30),
        error: 'busy',
        result: { code: 1 },
        at: t0,
        attempts: 1,
      }),
    ).toBe(true);
    expect(await getOutbox(store.db, id)).toMatchObject({
      status: 'pending',
      notBefore: later(30),
      lastError: 'busy',
      result: { code: 1 },
    });
    await claimDue(store.db, later(30));
    // The first claim's worker is late: its update no longer applies.
    expect(
      await markFailed(store.db, id, { error: 'late', at: later(31), attempts: row?.attempts }),
    ).toBe(false);
    expect(await markSent(store.db, id, { result: { sid: 'SM1' }, at: later(31) })).toBe(true);
    expect(await getOutbox(store.db, id)).toMatchObject({
      status: 'sent',
      result: { sid: 'SM1' },
      lastError: null,
      sentAt: later(31),
      updatedAt: later(31),
      attempts: 2,
    });
    expect(await markRetry(store.db, id, { notBefore: later(99), error: 'x', at: later(32) })).toBe(
      false,
    );
    expect(await markFailed(store.db, id, { error: 'x', at: later(32) })).toBe(false);
  });

  it('cancels pending rows only, by id or by kind and key prefix', async () => {
    const a = await enqueue(store.db, {
      kind: 'sms',
      payload,
      idempotencyKey: 'reply:call1:a',
      now: t0,
    });
    const b = await enqueue(store.db, {
      kind: 'sms',
      payload,
      idempotencyKey: 'reply:call1:b',
      now: t0,
    });
    const c = await enqueue(store.db, {
      kind: 'sms',
      payload,
      idempotencyKey: 'reply:call2:a',
      now: t0,
    });
    const d = await enqueue(store.db, {
      kind: 'mail',
      payload,
      idempotencyKey: 'reply:call1:m',
      now: t0,
    });
    await markSent(store.db, b, { result: {}, at: t0 });
    expect(
      await cancelOutbox(store.db, { kind: 'sms', keyPrefix: 'reply:call1:' }, 'replied', later(1)),
    ).toBe(1);
    expect(await getOutbox(store.db, a)).toMatchObject({
      status: 'cancelled',
      lastError: 'replied',
    });
    expect((await getOutbox(store.db, b))?.status).toBe('sent');
    expect((await getOutbox(store.db, c))?.status).toBe('pending');
    expect((await getOutbox(store.db, d))?.status).toBe('pending');
    expect(await cancelOutbox(store.db, c, 'gone', later(2))).toBe(1);
    expect(await cancelOutbox(store.db, c, 'again', later(3))).toBe(0);
    await expect(cancelOutbox(store.db, {}, 'everything', t0)).rejects.toThrow(
      /kind or a key prefix/,
    );
    // A prefix is matched literally: LIKE wildcards mean nothing.
    expect(await cancelOutbox(store.db, { keyPrefix: 'reply:%' }, 'x', t0)).toBe(0);
  });

  it('lists the newest first, by kind and status', async () => {
    await enqueue(store.db, { kind: 'sms', payload, idempotencyKey: '1', now: t0 });
    const mail = await enqueue(store.db, { kind: 'mail', payload, idempotencyKey: '2', now: t0 });
    const sms = await enqueue(store.db, { kind: 'sms', payload, idempotencyKey: '3', now: t0 });
    expect((await listOutbox(store.db)).map((r) => r.idempotencyKey)).toEqual(['3', '2', '1']);
    expect((await listOutbox(store.db, { kind: 'sms', limit: 1 })).map((r) => r.id)).toEqual([sms]);
    await markFailed(store.db, mail, { error: 'no', at: t0 });
    expect((await listOutbox(store.db, { status: 'failed' })).map((r) => r.id)).toEqual([mail]);
  });

  it('refuses an instant that is not one', async () => {
    await expect(
      enqueue(store.db, {
        kind: 'sms',
        payload,
        idempotencyKey: 'x',
        notBefore: 'soon',
        now: t0,
      }),
    ).rejects.toThrow(/Not an instant/);
  });
});

describe('migration 004', () => {
  it('keeps rows queued before it, with updated_at from their last change', async () => {
    const db = new Database(':memory:');
    db.exec(initial.sql);
    db.pragma('user_version = 3');
    db.prepare(
      `INSERT INTO outbox (kind, payload, idempotency_key, status, not_before, created_at, sent_at)
       VALUES ('sms', '{}', 'old', 'sent', ?, ?, ?)`,
    ).run(t0, t0, later(5));
    migrate(db);
    expect(await findOutboxByKey(db, 'old')).toMatchObject({ updatedAt: later(5), result: null });
    expect(() => db.prepare(`UPDATE outbox SET status = 'claimed'`).run()).toThrow(
      /CHECK constraint/,
    );
    db.close();
  });
});
