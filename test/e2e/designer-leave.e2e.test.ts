/**
 * Leaving the designer never loses a change silently: a change the server
 * would refuse (a field left invalid) asks before a link in the app takes the
 * admin away; a change that can be saved is sent on the way out.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer } from './app-server.js';
import { launchBrowser } from './browser.js';
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
});
