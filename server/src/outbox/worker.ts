/**
 * @module
 * Delivers due outbox rows, one at a time: claims a row (a lease), hands it
 * to the handler of its kind, and records what came of it, retrying with
 * exponential back-off. Tests call `drain()` with a clock they move; the
 * server calls `start()`.
 */
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import {
  cancelOutbox,
  claimDue,
  getOutbox,
  markFailed,
  markRetry,
  markSent,
  type OutboxRow,
} from '../db/outbox.js';
import type { Logger } from '../logger.js';

/** What a handler made of one delivery attempt. */
export type DeliveryResult =
  | { status: 'sent'; result: unknown }
  | { status: 'retry'; error: string; result?: unknown }
  | { status: 'failed'; error: string; result?: unknown }
  | { status: 'cancelled'; reason: string };

/**
 * Delivers one row of its kind. `afterDelivery`, when present, runs once the
 * row has been updated, with the row as it now is (its status says how it
 * went; 'pending' after a retry): the place to update a caller's own tables.
 */
export interface OutboxHandler {
  (row: OutboxRow): Promise<DeliveryResult>;
  afterDelivery?: (row: OutboxRow, outcome: DeliveryResult) => void | Promise<void>;
}

export interface OutboxWorkerOptions {
  db: Db;
  clock: Clock;
  log: Logger;
  handlers: Record<string, OutboxHandler>;
  /** How long a claimed row is left to its worker before another may take it. */
  leaseSeconds?: number;
  /** Attempts before a row that keeps asking for a retry is marked failed. */
  maxAttempts?: number;
}

export interface DrainReport {
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
}

export interface OutboxWorker {
  /** Claims and handles every row due now, once each, one after the other. */
  drain(): Promise<DrainReport>;
  /** Drains every `pollMs` until stopped; one drain at a time, never keeping the process alive. */
  start(pollMs?: number): void;
  /** Stops polling and waits for a drain in flight, which ends after the row in hand. */
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

  const attempt = async (row: OutboxRow): Promise<DeliveryResult> => {
    const handler = handlers[row.kind];
    if (!handler) return { status: 'failed', error: `No handler for outbox kind "${row.kind}"` };
    try {
      return await handler(row);
    } catch (error) {
      log.error('outbox: handler threw', { id: row.id, kind: row.kind, error: String(error) });
      return { status: 'retry', error: `Handler threw: ${String(error)}` };
    }
  };

  /** Writes the outcome; a retry past `maxAttempts` becomes a failure. */
  const settle = (row: OutboxRow, outcome: DeliveryResult): DeliveryResult => {
    const at = clock.now();
    const fence = { attempts: row.attempts };
    const fields = { id: row.id, kind: row.kind, attempts: row.attempts };
    switch (outcome.status) {
      case 'sent':
        markSent(db, row.id, { result: outcome.result, at });
        log.info('outbox: delivered', fields);
        return outcome;
      case 'cancelled':
        cancelOutbox(db, row.id, outcome.reason, at);
        log.info('outbox: cancelled', { ...fields, reason: outcome.reason });
        return outcome;
      case 'failed':
        markFailed(db, row.id, { ...fence, error: outcome.error, result: outcome.result, at });
        log.warn('outbox: failed', { ...fields, error: outcome.error });
        return outcome;
      case 'retry': {
        if (row.attempts >= maxAttempts) {
          const error = `Gave up after ${row.attempts} attempts: ${outcome.error}`;
          markFailed(db, row.id, { ...fence, error, result: outcome.result, at });
          log.warn('outbox: failed', { ...fields, error });
          return { status: 'failed', error, result: outcome.result };
        }
        const notBefore = new Date(at.getTime() + retryDelayMs(row.attempts));
        markRetry(db, row.id, {
          ...fence,
          notBefore,
          error: outcome.error,
          result: outcome.result,
          at,
        });
        log.warn('outbox: will retry', {
          ...fields,
          notBefore: notBefore.toISOString(),
          error: outcome.error,
        });
        return outcome;
      }
    }
  };

  const deliver = async (row: OutboxRow): Promise<DeliveryResult> => {
    const outcome = settle(row, await attempt(row));
    const afterDelivery = handlers[row.kind]?.afterDelivery;
    const updated = afterDelivery && getOutbox(db, row.id);
    if (afterDelivery && updated) {
      try {
        await afterDelivery(updated, outcome);
      } catch (error) {
        // The delivery itself is settled; a hook's failure must not send the text again.
        log.error('outbox: afterDelivery threw', { id: row.id, error: String(error) });
      }
    }
    return outcome;
  };

  const drain = async (): Promise<DrainReport> => {
    const report: DrainReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
    // Rows due when the drain began, one per claim, so a row never waits out its lease
    // behind slow sends of others and a row retried meanwhile waits for the next drain.
    const dueBy = clock.now();
    // On stop, the row in hand is finished and recorded; the rest wait for the next start.
    while (!halting) {
      const [row] = claimDue(db, clock.now(), { limit: 1, leaseSeconds, dueBy });
      if (!row) return report;
      const outcome = await deliver(row);
      if (outcome.status === 'sent') report.sent++;
      else if (outcome.status === 'retry') report.retried++;
      else if (outcome.status === 'failed') report.failed++;
      else report.cancelled++;
    }
    return report;
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
