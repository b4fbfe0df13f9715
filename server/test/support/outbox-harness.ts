/**
 * @module
 * The outbox's delivery against the fake Twilio REST API over real HTTP, on
 * a real SQLite file in a temporary directory (or a fresh PostgreSQL
 * database), with a clock the test moves. `restart()` closes the database
 * and builds everything again on the same file (or database), as a new
 * process would.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../../test/fakes/twilio-rest.js';
import { manualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/database.js';
import { type Connection, sqliteOf } from '../../src/db/sql/connection.js';
import { postgresStorage } from '../../src/db/sql/postgres.js';
import type { Storage } from '../../src/db/sql/sql.js';
import { memoryLogger } from '../../src/logger.js';
import { createDelivery, type Delivery, type DeliveryOptions } from '../../src/outbox/index.js';
import { type BackendKind, serverDatabase } from './backends.js';

export const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
export const AUTH_TOKEN = 'twilio-rest-token';
/** Monday 2026-11-23, 10:00 in New York. */
export const T0 = '2026-11-23T15:00:00.000Z';

export interface OutboxHarness {
  twilio: FakeTwilioRest;
  clock: ReturnType<typeof manualClock>;
  log: ReturnType<typeof memoryLogger>;
  /** The SQLite database, or a PostgreSQL storage. */
  readonly db: Connection;
  readonly delivery: Delivery;
  /** Closes the database and opens it again with a new worker: a restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function outboxHarness(
  options: DeliveryOptions & {
    credentials?: boolean;
    /** False: the fake sends a text again for a repeated idempotency token, as Twilio may. */
    idempotencyTokens?: boolean;
    /** Makes a fresh PostgreSQL database and gives its URL: kept there instead of SQLite. */
    postgres?: () => Promise<string>;
  } = {},
): Promise<OutboxHarness> {
  const { credentials = true, idempotencyTokens, postgres, ...deliveryOptions } = options;
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
  const postgresUrl = await postgres?.();
  const boot = () => {
    const db: Connection = postgresUrl
      ? postgresStorage({ url: postgresUrl })
      : openDatabase(config.databaseFile);
    return { db, delivery: createDelivery({ db, clock, config, log }, deliveryOptions) };
  };
  const closeDb = async (db: Connection) => {
    const sqlite = sqliteOf(db);
    if (sqlite) {
      if (sqlite.open) sqlite.close();
    } else await (db as Storage).close();
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
    async restart() {
      await closeDb(current.db);
      current = boot();
    },
    /** Harmless when already closed. */
    async close() {
      if (closed) return;
      closed = true;
      await current.delivery.worker.stop();
      await closeDb(current.db);
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

/**
 * Opens harnesses for the tests of a file (or of a `describe`) on `kind`'s
 * backend, SQLite by default, and closes each one after its test.
 */
export function outboxHarnesses(
  kind: BackendKind = 'sqlite',
): (options?: Parameters<typeof outboxHarness>[0]) => Promise<OutboxHarness> {
  const opened: OutboxHarness[] = [];
  const postgres = serverDatabase(kind);
  afterEach(async () => {
    for (const harness of opened.splice(0)) await harness.close();
  });
  return async (options) => {
    const harness = await outboxHarness({ postgres, ...options });
    opened.push(harness);
    return harness;
  };
}
