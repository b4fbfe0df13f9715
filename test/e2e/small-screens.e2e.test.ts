/**
 * The admin app on a phone and on a short laptop screen: the navigation folds
 * into a menu that reaches every page, the designer says it needs a wider
 * screen instead of being unusable, and at 1280x720 the findings fold so the
 * canvas keeps its height.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { openNewFlow } from './designer-page.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const PHONE = { width: 390, height: 844 };

describe('on a phone', () => {
  it('folds the navigation into a menu that reaches every page and signs out', async () => {
    const page = await signedIn(browser, app.url, '/flows', PHONE);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = nav.getByRole('button', { name: 'Menu' });
    await menu.waitFor();
    expect(await nav.getByRole('link', { name: 'Schedules' }).isVisible()).toBe(false);

    await menu.click();
    for (const name of ['Flows', 'Numbers', 'Schedules', 'Call log', 'Voicemail']) {
      expect(await nav.getByRole('link', { name }).isVisible(), name).toBe(true);
    }
    expect(await nav.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await screenshot(page, 'phone-menu-open');

    await nav.getByRole('link', { name: 'Call log' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/calls');
    // Choosing a page closes the menu.
    await nav.getByRole('button', { name: 'Menu' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Schedules' }).isVisible()).toBe(false);
    await page.close();
  });

  it('says the designer needs a wider screen rather than showing a canvas that cannot be used', async () => {
    const page = await signedIn(browser, app.url, '/flows', PHONE);
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    const note = page.getByRole('note');
    await note.getByText('The designer needs a wider screen').waitFor();
    expect(await page.locator('.designer-canvas').isVisible()).toBe(false);
    await screenshot(page, 'phone-designer');
    await page.close();
  });
});

describe('on a 1280x720 screen', () => {
  it('folds the findings to their count, so the canvas keeps its height, and unfolds them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openNewFlow(page, app.url, 'E2E short screen');
    const findings = page.getByRole('region', { name: 'Findings' });
    const toggle = findings.getByRole('button', { name: 'Show' });
    await toggle.waitFor();
    expect(await findings.locator('ul').isVisible()).toBe(false);
    const canvas = await page.locator('.designer-canvas').boundingBox();
    expect(canvas?.height ?? 0).toBeGreaterThan(450);
    await screenshot(page, 'designer-1280x720');

    // A flow no number runs: publishing it changes no call, and the dialog says so.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page
      .getByRole('dialog')
      .getByText('No number runs this flow yet: once published, it can be chosen for a number')
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await toggle.click();
    expect(await findings.locator('ul').isVisible()).toBe(true);
    expect(await findings.getByRole('button', { name: 'Hide' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await page.close();
  });
});
