/**
 * A read that fails is shown where the admin looks, with a way to try again,
 * never dropped: the inbox's "Load more", the navigation's unread badge, the
 * set-up banner, and the designer's speech engine and voice list. The server
 * is real; the browser's requests are failed on purpose (Playwright routes).
 */
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../fakes/twilio-rest.js';
import { makeWav } from '../fakes/wav.js';
import { signedIn, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { selectNode } from './designer-page.js';
import { leaveVoicemail } from './leave-voicemail.js';

const ACCOUNT_SID = `AC${'f4'.repeat(16)}`;

let browser: Browser;
let twilio: FakeTwilioRest;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  twilio = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: 'e2e-token' });
  [browser, app] = await Promise.all([
    launchBrowser(),
    startAppServer({ demo: true, twilioRest: { url: twilio.url, accountSid: ACCOUNT_SID } }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await twilio?.close();
});

/** Answers as the server does when it cannot serve the request. */
const unavailable = (route: Route, message: string) =>
  route.fulfill({ status: 503, json: { error: { code: 'unavailable', message } } });

/** Signed in, on the first page, with the navigation shown. */
async function signedInPage(): Promise<Page> {
  const page = await signedIn(browser, app.url, '/');
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

describe('a read that fails is shown, not dropped', () => {
  it("the inbox's Load more says why and loads the page when tried again", async () => {
    await leaveVoicemail(app, twilio, '+14155550181', makeWav({ seconds: 2 }));
    await leaveVoicemail(app, twilio, '+14155550182', makeWav({ seconds: 2 }));
    const page = await signedInPage();
    // One voicemail a page, so the second is an older page; the first ask for it fails.
    let olderAsked = 0;
    await page.route(/\/api\/voicemails\?/, (route) => {
      const url = new URL(route.request().url());
      if (url.searchParams.has('before') && ++olderAsked === 1) {
        return unavailable(route, 'The inbox is busy');
      }
      url.searchParams.set('limit', '1');
      return route.continue({ url: String(url) });
    });
    await page.getByRole('link', { name: /^Voicemail/ }).click();
    const rows = page.getByRole('list', { name: 'Voicemails' }).getByRole('link');
    await expect.poll(() => rows.count()).toBe(1);

    await page.getByRole('button', { name: 'Load more' }).click();
    const failure = page.locator('.pager').getByRole('alert');
    await failure.getByText('The inbox is busy').waitFor();
    expect(await rows.count()).toBe(1);
    await screenshot(page, 'inbox-load-more-failed');

    await failure.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await failure.count()).toBe(0);
    expect(olderAsked).toBe(2);
    await page.close();
  });

  it('the unread badge shows a marker that says why while the count cannot be read', async () => {
    const page = await signedInPage();
    await page.route('**/api/voicemails/unread-count', (route) =>
      unavailable(route, 'The count is busy'),
    );
    await page.reload();
    const link = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Voicemail/ });
    const marker = link.locator('.nav-badge.unknown');
    await marker.waitFor();
    expect(await marker.getAttribute('title')).toBe(
      'The unread count could not be read: The count is busy. It is asked again every 30 seconds.',
    );
    expect(await link.textContent()).toContain('unread count unavailable');
    await screenshot(page, 'unread-badge-failed');

    // The server answers again: the next ask (here, the page opened again) shows the count.
    await page.unroute('**/api/voicemails/unread-count');
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/voicemails/unread-count') && r.ok()),
      page.reload(),
    ]);
    await expect.poll(() => marker.count()).toBe(0);
    await page.close();
  });

  it('the set-up banner says when the set-up could not be checked, and checks again', async () => {
    const page = await signedInPage();
    let asked = 0;
    await page.route('**/api/setup', (route) =>
      ++asked === 1 ? unavailable(route, 'The server is starting') : route.continue(),
    );
    await page.reload();
    const banner = page.locator('.setup-banner');
    await banner.getByText('Could not check whether Twilio is set up:').waitFor();
    expect(await banner.textContent()).toContain('The server is starting');
    await banner.getByRole('button', { name: 'Try again' }).click();
    // Twilio is set up on this server: with the answer, no banner at all.
    await expect.poll(() => banner.count()).toBe(0);
    expect(asked).toBe(2);
    await page.close();
  });

  it('a page says when the numbers it offers could not be loaded, and loads them when tried again', async () => {
    const page = await signedInPage();
    let asked = 0;
    await page.route('**/api/numbers', (route) =>
      ++asked === 1 ? unavailable(route, 'The numbers are busy') : route.continue(),
    );
    await page.getByRole('link', { name: 'Messages' }).click();
    const failure = page.getByRole('alert').filter({ hasText: 'Could not load the numbers' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain(
      'Could not load the numbers to send from: The numbers are busy',
    );
    expect(await page.getByRole('form', { name: 'Send a text' }).count()).toBe(0);
    await screenshot(page, 'messages-numbers-failed');
    await failure.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('form', { name: 'Send a text' }).waitFor();
    expect(await failure.count()).toBe(0);
    await page.close();
  });

  it('the designer says when the speech engine and its voices cannot be read', async () => {
    const page = await signedInPage();
    await page.route(/\/api\/speech(\/voices)?(\?.*)?$/, (route) =>
      unavailable(route, 'Speech is busy'),
    );
    await page.getByRole('link', { name: 'Flows' }).click();
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    // The prompts' voices are not judged by Twilio's list: one warning says they were not checked.
    await expect
      .poll(() => page.locator('.designer-findings').textContent())
      .toMatch(/Voices could not be checked: the voice list could not be read \(Speech is busy\)/);
    await selectNode(page, 'our-hours');
    const settings = page.getByRole('complementary', { name: 'Settings' });
    await settings
      .getByText('Could not ask the server which voice speaks text: Speech is busy')
      .first()
      .waitFor();
    await screenshot(page, 'designer-speech-unavailable');
    await page.close();
  });
});
