/**
 * The admin app speaks the viewer's locale: one date format everywhere, in
 * the browser's language, the schedule's zone named beside its hours, phone
 * numbers read in the viewer's country. And a list row just added is not
 * scolded before anything is typed in it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { playVoicemailCall } from './demo-call.js';
import { dragKind, openNewFlow, selectNode } from './designer-page.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
  await playVoicemailCall(app, '+14155550188');
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const SIZES = {
  desktop: { width: 1440, height: 900 },
  laptop: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
};

/** The start time the call log shows for the demo call, as text. */
async function callTime(page: Page): Promise<string> {
  const row = page.locator('tr, .call-row, li').filter({ hasText: '+14155550188' }).first();
  await row.waitFor();
  return (await row.locator('time, td').first().textContent())?.trim() ?? '';
}

describe('dates in the viewer’s locale', () => {
  it('a British browser reads day before month on a 24-hour clock, on a laptop', async () => {
    const page = await signedIn(browser, app.url, '/calls', SIZES.laptop, 'en-GB');
    const shown = await callTime(page);
    expect(shown).toMatch(/^\d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}:\d{2}$/);
    await screenshot(page, 'locale-en-gb-calls-1280');
    await page.close();
  });

  it('an American browser reads month before day with AM/PM, on a phone', async () => {
    const page = await signedIn(browser, app.url, '/calls', SIZES.phone, 'en-US');
    const shown = await callTime(page);
    expect(shown).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{2}:\d{2}:\d{2} (AM|PM)$/);
    await screenshot(page, 'locale-en-us-calls-390');
    await page.close();
  });

  it('names the schedule’s zone beside its open-now line', async () => {
    const page = await signedIn(browser, app.url, '/schedules', SIZES.desktop, 'en-GB');
    const line = page.locator('.status-line').first();
    await expect.poll(() => line.textContent()).toMatch(/^(Open now|Closed).* \(\S+ time\)$/);
    await screenshot(page, 'locale-schedule-zone-1440');
    await page.close();
  });
});

describe('phone numbers in the viewer’s country', () => {
  for (const [size, viewport] of Object.entries(SIZES)) {
    it(`a British admin types a national number and sees it stored in international form (${size})`, async () => {
      const page = await signedIn(browser, app.url, '/numbers', viewport, 'en-GB');
      await page.getByRole('button', { name: 'Add number' }).click();
      const form = page.getByRole('form', { name: 'Add number' });
      await form.getByText('or a United Kingdom number as people write it').waitFor();
      const field = form.getByLabel('Phone number');
      await field.fill('020 7946 0958');
      await form.getByLabel('Name', { exact: true }).click();
      await expect.poll(() => field.inputValue()).toBe('+442079460958');
      await screenshot(page, `locale-number-form-${viewport.width}`);
      await page.close();
    });
  }
});

describe('no error before anything is typed', () => {
  it('a number row just added waits; typed then cleared, it says what is wrong', async () => {
    const page = await browser.newPage({ viewport: SIZES.laptop });
    await openNewFlow(page, app.url, 'Quiet rows');
    const ring = await dragKind(page, 'ring-users', 200, 120);
    await selectNode(page, ring);
    const settings = page.getByRole('complementary', { name: 'Settings' });
    await settings.getByRole('button', { name: 'Add a number' }).click();
    const row = settings.getByLabel('Number 1');
    await row.waitFor();
    expect(await settings.locator('.row-error').count()).toBe(0);
    expect(await row.getAttribute('aria-invalid')).toBe('false');
    expect(await settings.locator('.settings-findings li').allTextContents()).not.toContainEqual(
      expect.stringMatching(/Number 1/),
    );
    await screenshot(page, 'quiet-new-row-1280');

    await row.fill('+1');
    await row.fill('');
    await settings.locator('.row-error').waitFor();
    expect(await settings.locator('.row-error').textContent()).toMatch(/^Number 1 /);
    await page.close();
  });
});
