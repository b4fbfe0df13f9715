import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedOwner } from '../../src/auth/seed-owner.js';
import { textDelivery } from '../../src/auto-replies/delivery.js';
import { manualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/database.js';
import { postgresStorage } from '../../src/db/sql/postgres.js';
import type { Storage } from '../../src/db/sql/sql.js';
import { seedDemo } from '../../src/demo/seed.js';
import type { ServerDeps } from '../../src/deps.js';
import { memoryLogger } from '../../src/logger.js';
import type { Delivery } from '../../src/outbox/index.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { FakeTwilio, textWebhook } from './fake-twilio.js';

export const AUTH_TOKEN = 'test-auth-token';
export const PUBLIC_URL = 'https://ringflow.example.com';
export const OWNER = { email: 'owner@example.com', password: 'correct horse battery' };
/** Monday 2026-11-23, 10:00 in New York: the demo's office is open. */
export const MONDAY_10AM = '2026-11-23T15:00:00Z';
/** Saturday 2026-11-28, 22:00 in New York: closed. */
export const SATURDAY_10PM = '2026-11-29T03:00:00Z';

export type TestClock = ReturnType<typeof manualClock>;

/**
 * Ringflow over real HTTP on a free port, with a real SQLite file in its own
 * temporary data directory, seeded with the demo and an owner account.
 * `restart()` stops it and starts a new server on the same data directory.
 */
export async function startTestServer(
  options: {
    clock?: TestClock;
    twilioRest?: { url: string; accountSid: string };
    /** More environment variables, e.g. SMTP_URL and MAIL_FROM. */
    env?: Record<string, string>;
    /**
     * Makes a fresh PostgreSQL database and gives its URL: the server keeps
     * everything there instead of the data directory's SQLite file (and
     * finds it again after `restart()`).
     */
    postgres?: () => Promise<string>;
  } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-test-'));
  const clock = options.clock ?? manualClock(MONDAY_10AM);
  const postgresUrl = await options.postgres?.();
  const config = loadConfig({
    ...(postgresUrl ? { DATABASE_URL: postgresUrl } : {}),
    RINGFLOW_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: PUBLIC_URL,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_ACCOUNT_SID: options.twilioRest?.accountSid ?? '',
    ...(options.twilioRest ? { TWILIO_API_BASE_URL: options.twilioRest.url } : {}),
    RINGFLOW_ADMIN_EMAIL: OWNER.email,
    RINGFLOW_ADMIN_PASSWORD: OWNER.password,
    ...options.env,
  });
  const log = memoryLogger();
  let deps: ServerDeps;
  let server: RunningServer;
  let delivery: Delivery;

  const boot = async () => {
    const db = postgresUrl
      ? postgresStorage({ url: postgresUrl, poolSize: config.postgres?.poolSize })
      : openDatabase(config.databaseFile);
    deps = { db, clock, config, log };
    await seedOwner(deps);
    await seedDemo(deps);
    server = await startServer(deps);
    // Not started: tests drain it when they choose, on their own clock.
    delivery = textDelivery(deps);
  };
  const stop = async () => {
    await server.close();
    if ('dialect' in deps.db) await (deps.db as Storage).close();
    else (deps.db as Db).close();
  };
  await boot();

  const send = (pathAndQuery: string, init: RequestInit) =>
    fetch(`${server.url}${pathAndQuery}`, { ...init, signal: AbortSignal.timeout(10_000) });

  return {
    clock,
    log,
    get deps() {
      return deps;
    },
    /** The outbox worker, as the server runs it; `drain()` delivers what is due now. */
    get delivery() {
      return delivery;
    },
    /** A text from `from` to `to` (the demo number by default), signed as Twilio signs. */
    text: (body: string, from?: string, to?: string, messageSid?: string) =>
      textWebhook(send, PUBLIC_URL, AUTH_TOKEN, { body, from, to, messageSid }),
    send,
    /** A new call from `from` to `to` (the demo number by default). */
    call: (from?: string, to?: string) => new FakeTwilio(send, PUBLIC_URL, AUTH_TOKEN, from, to),
    /** A logged-in admin API client. */
    admin: () => adminClient(send),
    restart: async () => {
      await stop();
      await boot();
    },
    close: async () => {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** Logs in as the owner and sends JSON with the session cookie and the CSRF header. */
export async function adminClient(send: (path: string, init: RequestInit) => Promise<Response>) {
  const login = await send('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(OWNER),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> => {
    const res = await send(`/api${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
}
