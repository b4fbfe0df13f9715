/**
 * @module
 * Delivers due outbox rows, several at once: claims rows in batches (each
 * with a lease), hands each to the handler of its kind, and records what came
 * of it, retrying with exponential back-off. The outcome and the caller's own
 * record of it (`onSettled`) are written in one transaction, so they never
 * disagree. Tests call `drain()` with a clock they move; the server calls
 * `start()`.
 */
import type { Clock } from '../clock.js';
import { cancelOutbox, claimDue, getOutbox, type OutboxRow } from '../db/outbox.js';
import { markFailed, markRetry, markSent, startAttempt } from '../db/outbox-outcomes.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import type { Logger } from '../logger.js';

/** What a handler made of one delivery attempt. */
export type DeliveryResult =
  /**
   * `result`: the provider's answer, when the outbox row should keep one.
   * `providerId`: the provider's id of what went out (a text's sid), for
   * `onSettled` to record where it belongs when the row keeps no result.
   */
  | { status: 'sent'; result?: unknown; providerId?: string }
  /** `inDoubt`: the request may have reached the provider; the next claim asks it first. */
  | { status: 'retry'; error: string; result?: unknown; inDoubt?: boolean }
  | { status: 'failed'; error: string; result?: unknown }
  | { status: 'cancelled'; reason: string };

/** What a handler may ask of the worker during one attempt. */
export interface Attempt {
  /**
   * Records that a request to the provider begins now, committed before it
   * leaves; false when the row is no longer this claim's (send nothing).
   */
  start(): Promise<boolean>;
}

/**
 * Delivers one row of its kind. `onSettled`, when present, runs in the
 * transaction that records the outcome (`tx`: write there, not on the
 * worker's database, or PostgreSQL commits the write apart), with the row as
 * it now is (its status says how it went; 'pending' after a retry): the
 * place to update a caller's own tables; if it throws, neither is written
 * and the row is delivered again once its lease runs out. `afterDelivery` runs after that
 * commit, for work that cannot share a transaction.
 */
export interface OutboxHandler {
  (row: OutboxRow, attempt: Attempt): Promise<DeliveryResult>;
  onSettled?: (row: OutboxRow, outcome: DeliveryResult, tx: Connection) => void | Promise<void>;
  afterDelivery?: (row: OutboxRow, outcome: DeliveryResult) => void | Promise<void>;
}

export interface OutboxWorkerOptions {
  db: Connection;
  clock: Clock;
  log: Logger;
  handlers: Record<string, OutboxHandler>;
  /** How long a claimed row is left to its worker before another may take it. */
  leaseSeconds?: number;
  /** Attempts before a row that keeps asking for a retry is marked failed. */
  maxAttempts?: number;
  /** Rows delivered at once; 8 when not given (the server passes OUTBOX_CONCURRENCY, 32 by default). */
  concurrency?: number;
}

export interface DrainReport {
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
}

export interface OutboxWorker {
  /** Claims and handles every row due now, once each, up to `concurrency` at a time. */
  drain(): Promise<DrainReport>;
  /** Drains every `pollMs` until stopped; one drain at a time, never keeping the process alive. */
  start(pollMs?: number): void;
  /** Stops polling and waits for a drain in flight, which ends after the rows in hand. */
  stop(): Promise<void>;
}

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** 30 s after the first attempt, doubling each time, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/**
 * @example
 * const worker = createOutboxWorker({ db, clock, log, handlers: { sms: smsHandler({ client }) } });
 * await worker.drain(); // tests
 * worker.start();       // the server
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, clock, log, handlers, leaseSeconds = 60, maxAttempts = 10 } = options;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 8));
  // On SQLite, claims, attempts and outcomes share the commits of the webhooks of the moment
  // (and of each other) instead of paying for a commit each; each still settles only once stored.

  const attempt = async (row: OutboxRow): Promise<DeliveryResult> => {
    const handler = handlers[row.kind];
    if (!handler) return { status: 'failed', error: `No handler for outbox kind "${row.kind}"` };
    let started = false;
    const start = async () => {
      started = await transaction(
        db,
        async (tx) => await startAttempt(tx, row.id, { attempts: row.attempts, at: clock.now() }),
      );
      return started;
    };
    try {
      return await handler(row, { start });
    } catch (error) {
      log.error('outbox: handler threw', { id: row.id, kind: row.kind, error: String(error) });
      // Thrown after its request began, the handler cannot say whether it was delivered.
      return { status: 'retry', error: `Handler threw: ${String(error)}`, inDoubt: started };
    }
  };

  /** Writes the outcome on `tx`; a retry past `maxAttempts` becomes a failure ('unknown' when in doubt). */
  const record = async (
    tx: Connection,
    row: OutboxRow,
    outcome: DeliveryResult,
  ): Promise<DeliveryResult> => {
    const at = clock.now();
    const fence = { attempts: row.attempts };
    switch (outcome.status) {
      case 'sent':
        await markSent(tx, row.id, { result: outcome.result, at });
        return outcome;
      case 'cancelled':
        await cancelOutbox(tx, row.id, outcome.reason, at);
        return outcome;
      case 'failed':
        await markFailed(tx, row.id, {
          ...fence,
          error: outcome.error,
          result: outcome.result,
          at,
        });
        return outcome;
      case 'retry': {
        if (row.attempts >= maxAttempts) {
          const error = outcome.inDoubt
            ? `Unknown whether it was delivered after ${row.attempts} attempts: ${outcome.error}`
            : `Gave up after ${row.attempts} attempts: ${outcome.error}`;
          const status = outcome.inDoubt ? 'unknown' : 'failed';
          await markFailed(tx, row.id, { ...fence, status, error, result: outcome.result, at });
          return { status: 'failed', error, result: outcome.result };
        }
        const notBefore = new Date(at.getTime() + retryDelayMs(row.attempts));
        await markRetry(tx, row.id, {
          ...fence,
          notBefore,
          error: outcome.error,
          result: outcome.result,
          inDoubt: outcome.inDoubt,
          at,
        });
        return outcome;
      }
    }
  };

  const settle = (row: OutboxRow, outcome: DeliveryResult) => {
    const onSettled = handlers[row.kind]?.onSettled;
    return transaction(db, async (tx) => {
      const settled = await record(tx, row, outcome);
      const updated = await getOutbox(tx, row.id);
      if (onSettled && updated) await onSettled(updated, settled, tx);
      return { settled, updated };
    });
  };

  const deliver = async (row: OutboxRow): Promise<DeliveryResult | undefined> => {
    const fields = { id: row.id, kind: row.kind, attempts: row.attempts };
    let settled: DeliveryResult;
    let updated: OutboxRow | undefined;
    try {
      ({ settled, updated } = await settle(row, await attempt(row)));
    } catch (error) {
      // Nothing was written: the row is due again when its lease ends, and asked about first.
      log.error('outbox: recording the outcome failed', { ...fields, error: String(error) });
      return undefined;
    }
    const status = updated?.status;
    if (settled.status === 'retry') {
      log.warn('outbox: will retry', {
        ...fields,
        notBefore: updated?.notBefore,
        error: settled.error,
      });
    } else if (settled.status === 'failed') {
      log.warn(`outbox: ${status === 'unknown' ? 'unknown' : 'failed'}`, {
        ...fields,
        error: settled.error,
      });
    } else if (settled.status === 'cancelled') {
      log.info('outbox: cancelled', { ...fields, reason: settled.reason });
    } else log.info('outbox: delivered', fields);
    const afterDelivery = handlers[row.kind]?.afterDelivery;
    if (afterDelivery && updated) {
      try {
        await afterDelivery(updated, settled);
      } catch (error) {
        // The delivery itself is settled; a hook's failure must not send the text again.
        log.error('outbox: afterDelivery threw', { id: row.id, error: String(error) });
      }
    }
    return settled;
  };

  const drain = async (): Promise<DrainReport> => {
    const report: DrainReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
    // Rows due when the drain began, claimed only as slots free up, so a row never waits
    // out its lease behind slow sends of others and a row retried meanwhile waits for the
    // next drain; rows queued meanwhile (due now) are claimed too. On stop, the rows in hand
    // are finished and recorded; the rest wait for the next start.
    const dueBy = clock.now();
    const inFlight = new Set<Promise<void>>();
    /** Claimed, in claim order, not started yet. */
    const claimed: OutboxRow[] = [];
    let runningKind: string | undefined;
    const count = (outcome: DeliveryResult | undefined) => {
      if (outcome?.status === 'sent') report.sent++;
      else if (outcome?.status === 'retry' || outcome === undefined) report.retried++;
      else if (outcome.status === 'failed') report.failed++;
      else report.cancelled++;
    };
    for (;;) {
      if (!halting && claimed.length === 0 && inFlight.size < concurrency) {
        const limit = concurrency - inFlight.size;
        claimed.push(
          ...(await transaction(
            db,
            async (tx) => await claimDue(tx, clock.now(), { limit, leaseSeconds, dueBy }),
          )),
        );
      }
      // Rows of one kind run side by side; a row of another kind waits until those in
      // flight are done, so one kind's work that another's depends on (a recording copied
      // before its notification) still comes first, as in claim order.
      while (claimed.length > 0 && inFlight.size < concurrency) {
        const next = claimed[0] as OutboxRow;
        if (inFlight.size > 0 && next.kind !== runningKind) break;
        claimed.shift();
        runningKind = next.kind;
        const task: Promise<void> = deliver(next)
          .then(count)
          .finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
      if (inFlight.size === 0) {
        // Claimed rows left behind on stop are due again when their lease ends.
        if (claimed.length === 0 || halting) return report;
        continue;
      }
      await Promise.race(inFlight);
    }
  };

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;
  let halting = false;
  let interval = 1000;

  const schedule = () => {
    timer = setTimeout(() => {
      running = drain()
        .catch((error: unknown) => log.error('outbox: drain failed', { error: String(error) }))
        .finally(() => {
          running = undefined;
          if (!stopped) schedule();
        });
    }, interval);
    timer.unref();
  };

  return {
    drain,
    start(pollMs = 1000) {
      interval = pollMs;
      if (!stopped) return;
      stopped = false;
      // A drain still running from before a stop schedules the next one itself.
      if (!running) schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      halting = true;
      try {
        await running;
      } finally {
        halting = false;
      }
    },
  };
}
