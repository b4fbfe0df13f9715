import { describe, expect, it } from 'vitest';
import { enqueue, getOutbox } from '../src/db/outbox.js';
import { createOutboxWorker, type DeliveryResult, retryDelayMs } from '../src/outbox/worker.js';
import { BACKENDS } from './support/backends.js';
import { NOTHING, type OutboxHarness, outboxHarnesses } from './support/outbox-harness.js';

describe('retryDelayMs', () => {
  it('backs off 30 s, doubling, at most an hour', () => {
    expect([1, 2, 3, 7, 8, 20].map(retryDelayMs)).toEqual([
      30_000, 60_000, 120_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });
});

describe.each(BACKENDS)('on %s', (kind) => {
  let h: OutboxHarness;
  const open = outboxHarnesses(kind);
  const start = async (options?: Parameters<typeof open>[0]) => {
    h = await open(options);
  };
  const minutes = (n: number) => n * 60_000;

  describe('createOutboxWorker', () => {
    const base = async () => {
      await start();
      return { db: h.db, clock: h.clock, log: h.log };
    };

    it('fails a row of a kind nobody handles', async () => {
      const worker = createOutboxWorker({ ...(await base()), handlers: {} });
      const id = await enqueue(h.db, {
        kind: 'fax',
        payload: {},
        idempotencyKey: 'f',
        now: h.clock.now(),
      });
      expect(await worker.drain()).toEqual({ ...NOTHING, failed: 1 });
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'failed',
        lastError: 'No handler for outbox kind "fax"',
      });
    });

    it('counts a handler that throws as a retry, and logs it', async () => {
      const worker = createOutboxWorker({
        ...(await base()),
        handlers: {
          mail: async () => {
            throw new Error('smtp down');
          },
        },
      });
      const id = await enqueue(h.db, {
        kind: 'mail',
        payload: {},
        idempotencyKey: 'm',
        now: h.clock.now(),
      });
      expect(await worker.drain()).toEqual({ ...NOTHING, retried: 1 });
      expect(await getOutbox(h.db, id)).toMatchObject({
        status: 'pending',
        lastError: 'Handler threw: Error: smtp down',
      });
      expect(h.log.lines).toContainEqual(
        expect.objectContaining({ level: 'error', message: 'outbox: handler threw' }),
      );
    });

    it('handles the rows due when a drain began, each once', async () => {
      const handled: string[] = [];
      const worker = createOutboxWorker({
        ...(await base()),
        handlers: {
          job: async (row) => {
            handled.push(row.idempotencyKey);
            // Time passes during a delivery; the retried row is not taken again in this drain.
            h.clock.advance(minutes(5));
            return { status: 'retry', error: 'later' };
          },
        },
      });
      for (const key of ['a', 'b', 'c']) {
        await enqueue(h.db, { kind: 'job', payload: {}, idempotencyKey: key, now: h.clock.now() });
      }
      expect(await worker.drain()).toEqual({ ...NOTHING, retried: 3 });
      expect(handled).toEqual(['a', 'b', 'c']);
    });

    it('stop() lets the row in hand finish, leaves the rest, and starts no drain after it', async () => {
      // One at a time, so a second row is still waiting when stop() comes.
      let release: (result: DeliveryResult) => void = () => {};
      let entered: () => void = () => {};
      /** Settles when the handler is next entered (its claim commits first, a turn of the loop later). */
      const nextEntry = () =>
        new Promise<void>((resolve) => {
          entered = resolve;
        });
      const inHandler = nextEntry();
      const handled: string[] = [];
      const worker = createOutboxWorker({
        ...(await base()),
        concurrency: 1,
        handlers: {
          job: (row) => {
            handled.push(row.idempotencyKey);
            entered();
            return new Promise<DeliveryResult>((resolve) => {
              release = resolve;
            });
          },
        },
      });
      const first = await enqueue(h.db, {
        kind: 'job',
        payload: {},
        idempotencyKey: 'a',
        now: h.clock.now(),
      });
      const second = await enqueue(h.db, {
        kind: 'job',
        payload: {},
        idempotencyKey: 'b',
        now: h.clock.now(),
      });
      worker.start(0);
      await inHandler;
      let stopped = false;
      const stopping = worker.stop().then(() => {
        stopped = true;
      });
      await Promise.resolve();
      expect(stopped).toBe(false);
      release({ status: 'sent', result: { ok: true } });
      await stopping;
      expect(handled).toEqual(['a']);
      expect((await getOutbox(h.db, first))?.status).toBe('sent');
      expect(await getOutbox(h.db, second)).toMatchObject({ status: 'pending', attempts: 0 });

      // Stopped, the worker still drains when asked (tests, a shutdown flush).
      const secondEntry = nextEntry();
      const draining = worker.drain();
      await secondEntry;
      release({ status: 'sent', result: { ok: true } });
      expect(await draining).toEqual({ ...NOTHING, sent: 1 });
      expect(handled).toEqual(['a', 'b']);
    });
  });
});
