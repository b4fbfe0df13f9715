/**
 * Every page of the admin app checked by axe-core at three screen sizes: no
 * serious or critical violation (colour contrast, names, labels, landmarks).
 * A failure lists each rule and the elements it names, so it says what to fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../fakes/twilio-rest.js';
import { makeWav } from '../fakes/wav.js';
import { ADMIN, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { leaveVoicemail } from './leave-voicemail.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

const ACCOUNT_SID = `AC${'a1'.repeat(16)}`;

let browser: Browser;
let twilio: FakeTwilioRest;
let app: Awaited<ReturnType<typeof startAppServer>>;
let ids: { number: string; call: string; voicemail: string };
beforeAll(async () => {
  twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: 'e2e-token' });
  [browser, app] = await Promise.all([
    launchBrowser(),
    startAppServer({ demo: true, twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID } }),
  ]);
  // A call that ends in a voicemail, so the call log, a call's page and the inbox have content.
  await leaveVoicemail(app, twilio, '+14155550177', makeWav({ seconds: 3 }));
  await app.drain();
  const one = (sql: string) => (app.deps.db.prepare(sql).get() as { id: string }).id;
  ids = {
    number: one('SELECT id FROM phone_numbers LIMIT 1'),
    call: one('SELECT id FROM calls LIMIT 1'),
    voicemail: one('SELECT id FROM voicemails LIMIT 1'),
  };
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await twilio?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on what the page shows; one line per element of each serious or critical rule. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy refuses inline scripts.
  // Once per document: parsing axe's half a megabyte took longer than most checks.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Axe = {
      run(options: {
        resultTypes: string[];
      }): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
    };
    // Every rule still runs; only violations get their elements listed, which is all this reads.
    return (await (window as unknown as { axe: Axe }).axe.run({ resultTypes: ['violations'] }))
      .violations;
  });
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${v.help}. ${n.failureSummary ?? ''}`,
      ),
    );
}

/**
 * Opens `path` the way the app's own links do, in the page already loaded:
 * loading the app and axe afresh for every check made this file the slowest
 * of the browser tests. Each page still fetches its data anew.
 */
async function visit(page: Page, path: string): Promise<void> {
  const before = await page.evaluate((to) => {
    if (window.location.pathname === to) return null;
    const shown = document.querySelector('main')?.innerHTML ?? '';
    window.history.pushState(null, '', to);
    return shown;
  }, path);
  if (before === null) return;
  // The old page must be gone before `settled` looks for a heading, or axe would check it again.
  await page
    .waitForFunction((old) => (document.querySelector('main')?.innerHTML ?? '') !== old, before, {
      timeout: 10_000,
    })
    .catch(() => {
      throw new Error(`${path} did not open: the app no longer follows history.pushState`);
    });
}

/** Waits until the page's data has arrived and its heading shows. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page
    .locator('h1:visible, h2:visible, .react-flow__node:visible, [role=note]:visible')
    .first()
    .waitFor();
  // A page still loading shows "Loading…"; axe must see what a person reads.
  await expect.poll(() => page.getByText(/^Loading/).count()).toBe(0);
}

interface Check {
  name: string;
  path: string;
  /** What to do after the page loads, before the check. */
  open?: (page: Page, wide: boolean) => Promise<void>;
}

const PAGES: Check[] = [
  { name: 'flows', path: '/flows' },
  {
    name: 'designer',
    path: '/flows',
    open: async (page, wide) => {
      await page.getByRole('link', { name: 'Demo: small office' }).click();
      if (!wide) {
        await page.getByRole('note').getByText('The designer needs a wider screen').waitFor();
        return;
      }
      await page.locator('.react-flow__node').first().waitFor();
    },
  },
  {
    name: 'simulator',
    path: '/flows',
    open: async (page, wide) => {
      if (!wide) return; // No designer, so no simulator, on a phone.
      await page.getByRole('link', { name: 'Demo: small office' }).click();
      await page.locator('.react-flow__node').first().waitFor();
      await page.getByRole('button', { name: 'Simulate' }).click();
      await page.getByRole('complementary', { name: 'Simulator' }).waitFor();
    },
  },
  { name: 'numbers', path: '/numbers' },
  { name: 'number', path: '/numbers/{number}' },
  { name: 'number settings', path: '/numbers/{number}/settings' },
  { name: 'messages', path: '/messages' },
  { name: 'team', path: '/team' },
  { name: 'schedules', path: '/schedules' },
  {
    name: 'schedule editor',
    path: '/schedules',
    open: async (page) => {
      await page.getByRole('button', { name: 'Edit' }).first().click();
      await page.getByRole('button', { name: 'Save schedule' }).waitFor();
    },
  },
  { name: 'greetings', path: '/greetings' },
  { name: 'call log', path: '/calls' },
  { name: 'call', path: '/calls/{call}' },
  { name: 'voicemail inbox', path: '/voicemail' },
  {
    name: 'voicemail',
    path: '/voicemail/{voicemail}',
    open: async (page) => {
      await page
        .getByRole('heading', { name: /\+14155550177/ })
        .first()
        .waitFor();
    },
  },
  { name: 'settings', path: '/settings' },
  { name: 'audit log', path: '/audit' },
];

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

describe.each(SIZES)('at $width x $height', (viewport) => {
  const wide = viewport.width >= 1024;
  let context: BrowserContext;
  /** The one page of this size: signed in before the checks, then led from page to page. */
  let page: Page;

  async function signIn(on: Page): Promise<void> {
    await on.getByLabel('Email').fill(ADMIN.email);
    await on.getByLabel('Password').fill(ADMIN.password);
    await on.getByRole('button', { name: 'Sign in' }).click();
    await on.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  beforeAll(async () => {
    context = await browser.newContext({ viewport });
    page = await context.newPage();
    // Signed in here, not by the sign-in check: each check runs alone or in any order.
    await page.goto(`${app.url}/`);
    await signIn(page);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('sign-in', async () => {
    // A context of its own: the pages' context is already signed in.
    const own = await browser.newContext({ viewport });
    try {
      const signInPage = await own.newPage();
      await signInPage.goto(`${app.url}/`);
      await signInPage.getByLabel('Email').waitFor();
      expect(await seriousViolations(signInPage)).toEqual([]);
      await signIn(signInPage);
    } finally {
      await own.close();
    }
  });

  it.each(PAGES)('$name', async ({ name, path, open }) => {
    const url = path.replace(/\{(\w+)\}/g, (_, key: keyof typeof ids) => ids[key]);
    await visit(page, url);
    await settled(page);
    await open?.(page, wide);
    await settled(page);
    const found = await seriousViolations(page);
    if (found.length) {
      console.log(`axe on ${name} at ${viewport.width}x${viewport.height}:\n${found.join('\n')}`);
    }
    // What failed, and the pages whose colours were darkened for contrast, for a person to look at.
    if (found.length || name === 'designer' || name === 'voicemail') {
      await screenshot(page, `a11y-${name.replace(/ /g, '-')}-${viewport.width}`);
    }
    expect(found, `axe on ${name} at ${viewport.width}x${viewport.height}`).toEqual([]);
  });
});
