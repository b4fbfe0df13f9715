/**
 * @module
 * The outbox's delivery against the fake Twilio REST API over real HTTP, on
 * a real SQLite file in a temporary directory, with a clock the test moves.
 * `restart()` closes the database and builds everything again on the same
 * file, as a new process would.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../../test/fakes/twilio-rest.js';
import { manualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { type Db, openDatabase } from '../../src/db/database.js';
import { memoryLogger } from '../../src/logger.js';
import { createDelivery, type Delivery, type DeliveryOptions } from '../../src/outbox/index.js';

export const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
export const AUTH_TOKEN = 'twilio-rest-token';
/** Monday 2026-11-23, 10:00 in New York. */
export const T0 = '2026-11-23T15:00:00.000Z';

export interface OutboxHarness {
  twilio: FakeTwilioRest;
  clock: ReturnType<typeof manualClock>;
  log: ReturnType<typeof memoryLogger>;
  readonly db: Db;
  readonly delivery: Delivery;
  /** Closes the database and opens it again with a new worker: a restart. */
  restart(): void;
  close(): Promise<void>;
}

export async function outboxHarness(
  options: DeliveryOptions & {
    credentials?: boolean;
    /** False: the fake sends a text again for a repeated idempotency token, as Twilio may. */
    idempotencyTokens?: boolean;
  } = {},
): Promise<OutboxHarness> {
  const { credentials = true, idempotencyTokens, ...deliveryOptions } = options;
  const clock = manualClock(T0);
  const twilio = await startFakeTwilio({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    now: () => clock.now(),
    idempotencyTokens,
  });
  const dir = mkdtempSync(join(tmpdir(), 'ringflow-outbox-'));
  const config = loadConfig({
    RINGFLOW_DATA_DIR: dir,
    TWILIO_ACCOUNT_SID: credentials ? ACCOUNT_SID : '',
    TWILIO_AUTH_TOKEN: credentials ? AUTH_TOKEN : '',
    TWILIO_API_BASE_URL: twilio.url,
  });
  const log = memoryLogger();
  const boot = () => {
    const db = openDatabase(config.databaseFile);
    return { db, delivery: createDelivery({ db, clock, config, log }, deliveryOptions) };
  };
  let current = boot();
  let closed = false;
  return {
    twilio,
    clock,
    log,
    get db() {
      return current.db;
    },
    get delivery() {
      return current.delivery;
    },
    restart() {
      current.db.close();
      current = boot();
    },
    /** Harmless when already closed. */
    async close() {
      if (closed) return;
      closed = true;
      await current.delivery.worker.stop();
      if (current.db.open) current.db.close();
      await twilio.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A text's payload, to a different caller each time. */
export function text(body = 'Sorry we missed your call. We will call you back.') {
  return {
    from: '+14155550100',
    to: `+1415555${String(randomBytes(2).readUInt16BE() % 10_000).padStart(4, '0')}`,
    body,
  };
}

/** A drain that did nothing. */
export const NOTHING = { sent: 0, retried: 0, failed: 0, cancelled: 0 };

/** Opens harnesses for the tests of a file and closes each one after its test. */
export function outboxHarnesses(): (
  options?: Parameters<typeof outboxHarness>[0],
) => Promise<OutboxHarness> {
  const opened: OutboxHarness[] = [];
  afterEach(async () => {
    for (const harness of opened.splice(0)) await harness.close();
  });
  return async (options) => {
    const harness = await outboxHarness(options);
    opened.push(harness);
    return harness;
  };
}
