/**
 * Leaving the designer never loses a change silently: a change the server
 * would refuse (a field left invalid) asks before a link in the app takes the
 * admin away; a change that can be saved is sent on the way out, and if the
 * server does not take it, the banner above the next page says so.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { openNewFlow, selectNode } from './designer-page.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('leaving the designer', () => {
  it('asks before a link drops a change that cannot be saved, and stays when told to', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openNewFlow(page, app.url, 'E2E leave');
    await page.getByRole('link', { name: 'Flows' }).click();
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    const ringId =
      (await page
        .locator('.react-flow__node', { hasText: 'Alice and Bob' })
        .getAttribute('data-id')) ?? '';
    await selectNode(page, ringId);
    await page.getByLabel('Ring duration').fill('');
    await page.locator('.save-state.error').waitFor();

    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Numbers' }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(
      /^Your last change is not saved: fix the marked fields first \(.+\)\. Leave and lose it\?$/,
    );
    expect(new URL(page.url()).pathname).toMatch(/^\/flows\//);
    expect(await page.getByLabel('Ring duration').inputValue()).toBe('');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: 'Numbers' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/numbers');
    await page.close();
  });

  it('sends a change that can be saved on the way out, without asking', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await openNewFlow(page, app.url, 'E2E leave saved');
    const flowPath = new URL(page.url()).pathname;
    await page.getByLabel('Flow name').fill('E2E leave renamed');
    await page.getByRole('link', { name: 'Flows' }).click();
    await page.getByRole('link', { name: 'E2E leave renamed' }).waitFor();
    expect(asked).toEqual([]);
    await page.goto(`${app.url}${flowPath}`);
    await expect.poll(() => page.getByLabel('Flow name').inputValue()).toBe('E2E leave renamed');
    await page.close();
  });

  it('says so above the next page when the change sent on the way out is refused, and sends it again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const flowId = await openNewFlow(page, app.url, 'E2E leave refused');
    // The server refuses drafts (a database that is busy) until the test lets them through.
    let refuse = true;
    await page.route('**/api/flows/*/draft', (route) =>
      refuse && route.request().method() === 'PUT'
        ? route.fulfill({
            status: 503,
            json: { error: { code: 'unavailable', message: 'The database is busy' } },
          })
        : route.continue(),
    );
    await page.getByLabel('Flow name').fill('E2E leave refused, renamed');
    await page.getByRole('link', { name: 'Flows' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'was not saved' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      'Your last change to “E2E leave refused, renamed” was not saved: The database is busy.',
    );
    await screenshot(page, 'designer-left-change-refused');

    refuse = false;
    await banner.getByRole('button', { name: 'Save it again' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.goto(`${app.url}/flows/${flowId}`);
    await expect
      .poll(() => page.getByLabel('Flow name').inputValue())
      .toBe('E2E leave refused, renamed');
    await page.close();
  });
});
