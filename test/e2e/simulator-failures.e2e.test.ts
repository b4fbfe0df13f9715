/**
 * The simulator says why a read or an action failed, where the admin looks,
 * and works when tried again: the saved scenarios, Generate and Start call.
 * The server is real; the browser's requests are failed on purpose
 * (Playwright routes).
 */
import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Answers as the server does when it cannot serve the request. */
const unavailable = (route: Route, message: string) =>
  route.fulfill({ status: 503, json: { error: { code: 'unavailable', message } } });

describe('simulate mode when the server fails', () => {
  it('shows each failure with its own words and gets going when tried again', async () => {
    const page = await signedIn(browser, app.url, '/', { width: 1440, height: 900 });
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    await page.locator('.react-flow__node').first().waitFor();

    // The first read of the saved scenarios fails; the next goes through.
    let reads = 0;
    await page.route(/\/api\/flows\/[^/]+\/scenarios$/, (route) =>
      route.request().method() === 'GET' && ++reads === 1
        ? unavailable(route, 'The scenarios are busy')
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Simulate' }).click();
    const panel = page.getByRole('complementary', { name: 'Simulator' });
    const scenarios = panel.getByRole('region', { name: 'Scenarios' });
    const loadFailure = scenarios.getByRole('alert');
    await loadFailure.getByText('The scenarios are busy').waitFor();
    await screenshot(page, 'simulator-scenarios-unreadable');
    await loadFailure.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => loadFailure.count()).toBe(0);
    expect(reads).toBe(2);

    // Generate refused: the section says why and the button can be pressed again.
    const generate = scenarios.getByRole('button', { name: 'Generate' });
    const generating = /\/api\/flows\/[^/]+\/scenarios\/generate$/;
    await page.route(generating, (route) => unavailable(route, 'Too much flow work is waiting'));
    await generate.click();
    await scenarios.getByRole('alert').getByText('Too much flow work is waiting').waitFor();
    expect(await generate.isEnabled()).toBe(true);
    await page.unroute(generating);
    await generate.click();
    await expect.poll(() => scenarios.getByRole('status').textContent()).toMatch(/paths found/);
    expect(await scenarios.getByRole('alert').count()).toBe(0);

    // The team cannot be read at Start: no call runs on a team that may be out of date.
    await page.route('**/api/members', (route) => unavailable(route, 'The team is busy'));
    const start = panel.getByRole('button', { name: 'Start call' });
    await start.click();
    await panel.locator('.sim-error').getByText('The team is busy').waitFor();
    expect(await start.isEnabled()).toBe(true);
    expect(await panel.locator('.sim-transcript').count()).toBe(0);
    await screenshot(page, 'simulator-start-failed');
    await page.unroute('**/api/members');
    await start.click();
    await panel.locator('.sim-transcript').waitFor();
    expect(await panel.locator('.sim-error').count()).toBe(0);
    await page.close();
  });
});
