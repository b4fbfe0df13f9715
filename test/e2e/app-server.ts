import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { warmFlowWork } from '../../server/src/api/flow-work.js';
import { seedOwner } from '../../server/src/auth/seed-owner.js';
import { textDelivery } from '../../server/src/auto-replies/delivery.js';
import { systemClock } from '../../server/src/clock.js';
import { loadConfig } from '../../server/src/config.js';
import { openDatabase } from '../../server/src/db/database.js';
import { seedDemo } from '../../server/src/demo/seed.js';
import { memoryLogger } from '../../server/src/logger.js';
import { startServer } from '../../server/src/server.js';

export const ADMIN = { email: 'admin@example.com', password: 'a-long-test-password' };

/**
 * The real server with the built web app (run `pnpm build` first; the test
 * command does), on a fresh data directory, on a free port of 127.0.0.1.
 * With `twilioRest` (a fake of Twilio's REST API), the outbox talks to it;
 * the worker is not started: `drain()` delivers what is due, when the test says.
 */
export async function startAppServer(
  options: {
    demo?: boolean;
    twilioRest?: { url: string; accountSid: string };
    /** More settings, e.g. AZURE_SPEECH_HOST for a fake speech service. */
    env?: Record<string, string>;
  } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-e2e-'));
  const config = loadConfig({
    RINGFLOW_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    TWILIO_AUTH_TOKEN: 'e2e-token',
    RINGFLOW_ADMIN_EMAIL: ADMIN.email,
    RINGFLOW_ADMIN_PASSWORD: ADMIN.password,
    ...(options.twilioRest
      ? {
          TWILIO_API_BASE_URL: options.twilioRest.url,
          TWILIO_ACCOUNT_SID: options.twilioRest.accountSid,
        }
      : {}),
    ...options.env,
  });
  const deps = {
    db: openDatabase(config.databaseFile),
    clock: systemClock,
    config,
    log: memoryLogger(),
  };
  await seedOwner(deps);
  if (options.demo) await seedDemo(deps);
  const server = await startServer(deps);
  // As `pnpm start` does: the simulator's first "Run all" finds a worker ready.
  warmFlowWork(deps);
  const delivery = textDelivery(deps);
  return {
    url: server.url,
    deps,
    /** Delivers the outbox rows due now (texts, recording copies, notifications). */
    drain: () => delivery.worker.drain(),
    close: async () => {
      await server.close();
      deps.db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `path` of the app in a new page and signs in as the test admin: the
 * login form shows wherever a signed-out visitor lands.
 */
export async function signedIn(
  browser: Browser,
  appUrl: string,
  path = '/',
  viewport = { width: 1280, height: 800 },
  /** The browser's language, e.g. 'en-GB': dates and phone numbers follow it. */
  locale?: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport, ...(locale ? { locale } : {}) });
  await page.goto(`${appUrl}${path}`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}
