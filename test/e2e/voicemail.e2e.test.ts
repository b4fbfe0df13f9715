import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../fakes/twilio-rest.js';
import { makeWav } from '../fakes/wav.js';
import { signedIn as signIn, startAppServer } from './app-server.js';
import { ARTIFACTS, launchBrowser, screenshot } from './browser.js';
import { leaveVoicemail } from './leave-voicemail.js';

/**
 * The voicemail inbox on the real server: a message left through Twilio's
 * webhooks, its recording copied from a fake Twilio by the outbox, then
 * listened to, handled, assigned, commented on and deleted in the browser.
 */
const ACCOUNT_SID = `AC${'e2'.repeat(16)}`;
const CALLER = '+14155550177';
const SECONDS = 8;

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

/** A tone whose loudness rises and falls like speech, so the waveform has a shape to see. */
function spokenWav(seconds: number): Buffer {
  const wav = makeWav({ seconds });
  const samples = (wav.length - 44) / 2;
  for (let i = 0; i < samples; i++) {
    const t = i / 8000;
    const envelope = 0.15 + 0.85 * Math.abs(Math.sin(t * Math.PI * 1.7) * Math.sin(t * 5.3));
    wav.writeInt16LE(Math.round(wav.readInt16LE(44 + i * 2) * envelope), 44 + i * 2);
  }
  return wav;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const badge = (page: Page) =>
  nav(page)
    .getByRole('link', { name: /^Voicemail/ })
    .locator('.nav-badge');
const rows = (page: Page) => page.getByRole('list', { name: 'Voicemails' }).getByRole('link');

/** How many of the waveform's canvas pixels (inside wavesurfer's shadow root) are painted. */
function paintedPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const host = document.querySelector('.waveform-player .wf-canvas > div');
    const canvases = [...(host?.shadowRoot?.querySelectorAll('canvas') ?? [])];
    let painted = 0;
    for (const canvas of canvases) {
      if (!canvas.width || !canvas.height) continue;
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < (pixels?.length ?? 0); i += 4) if ((pixels?.[i] ?? 0) > 0) painted++;
    }
    return painted;
  });
}

/** The player's displayed position, in seconds ("0:03" -> 3). */
async function position(page: Page): Promise<number> {
  const text = (await page.locator('.wf-current').textContent()) ?? '';
  const [m = '0', s = '0'] = text.split(':');
  return Number(m) * 60 + Number(s);
}

describe('the voicemail inbox', () => {
  it('lists a voicemail left on a call, plays it, handles, assigns, comments and deletes it', async () => {
    await leaveVoicemail(app, twilio, CALLER, spokenWav(SECONDS));
    await app.drain();
    expect(twilio.recordings.requests.map((r) => [r.method, r.status])).toEqual([['GET', 200]]);

    const page = await signIn(browser, app.url, '/voicemail', { width: 1440, height: 900 });
    await expect.poll(() => badge(page).textContent(), { timeout: 10_000 }).toBe('1');
    const row = rows(page).filter({ hasText: CALLER });
    // Without Azure, Twilio was asked to transcribe; its text has not arrived.
    await row.getByText('Transcribing…').waitFor();
    await row.getByText('New', { exact: true }).waitFor();
    await row.getByText('Unread', { exact: true }).waitFor();
    expect(await row.textContent()).toContain('Main line');
    expect(await row.locator('.vm-duration').textContent()).toBe(`0:0${SECONDS}`);

    // The search asks the server once the typing pauses; digits match however they are spaced.
    const search = page.getByLabel('Search voicemails');
    await search.fill('555 0177');
    await expect.poll(() => page.url()).toMatch(/\/voicemail$/);
    await row.waitFor();
    await search.fill('no such words');
    await page.getByText('No voicemails match these filters.').waitFor();
    await search.fill('');
    await row.waitFor();
    await page.getByRole('button', { name: 'Handled', exact: true }).click();
    await page.getByText('No voicemails match these filters.').waitFor();
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await row.waitFor();
    await screenshot(page, 'voicemail-inbox');

    // Opening it (Enter on the row) reads it: the badge goes.
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/voicemail\/vm_/);
    const audioUrl = `${page.url().replace(/\/voicemail\//, '/api/voicemails/')}/audio`;
    const panel = page.getByRole('article', { name: `Voicemail from ${CALLER}` });
    await panel.getByText('Transcribing…').waitFor();
    await expect.poll(() => badge(page).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => row.getByText('Unread', { exact: true }).count()).toBe(0);

    // The waveform is drawn from the copied audio, and it plays.
    const play = panel.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => paintedPixels(page), { timeout: 10_000 }).toBeGreaterThan(500);
    expect(await panel.locator('.wf-duration').textContent()).toBe(`0:0${SECONDS}`);
    await play.click();
    await expect.poll(() => position(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await panel.getByRole('button', { name: 'Pause' }).click();
    await panel.getByRole('button', { name: 'Play' }).waitFor();
    // The keyboard, with the player focused: Right skips 5 s.
    const before = await position(page);
    await panel.getByRole('slider', { name: 'Position' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => position(page)).toBeGreaterThanOrEqual(Math.min(before + 5, SECONDS));
    await panel.getByLabel('Playback speed').selectOption('1.5');

    await panel.getByRole('button', { name: 'Mark handled' }).click();
    await panel.getByRole('button', { name: 'Mark new' }).waitFor();
    await row.getByText('Handled', { exact: true }).waitFor();
    await panel.getByLabel('Assigned to').selectOption({ label: 'admin' });
    await row.getByText('admin', { exact: true }).waitFor();
    await panel
      .getByRole('textbox', { name: 'Comment' })
      .fill('Called back, he will come by on Monday.');
    await panel.getByRole('button', { name: 'Add comment' }).click();
    const comment = panel.locator('.vm-comment').filter({ hasText: 'he will come by on Monday' });
    await comment.locator('.vm-comment-author', { hasText: 'admin' }).waitFor();
    expect(await comment.locator('time').textContent()).toBe('just now');
    await page.getByRole('button', { name: 'Assigned to me' }).click();
    await row.waitFor();
    await screenshot(page, 'voicemail-detail');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'voicemail-detail-1280x720');

    // On a phone the voicemail is a page of its own, with the way back to the inbox.
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.getByRole('link', { name: 'Inbox' }).waitFor();
    await expect.poll(() => page.getByRole('list', { name: 'Voicemails' }).isVisible()).toBe(false);
    await screenshot(page, 'voicemail-narrow');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('list', { name: 'Voicemails' }).waitFor();

    // The call page links to it, and back.
    await panel.getByRole('link', { name: 'View call' }).click();
    const card = page.getByRole('region', { name: 'Voicemail' });
    await card.getByText(`Voicemail: 0:0${SECONDS} —`).waitFor();
    const callUrl = page.url();
    await card.getByRole('link', { name: 'open in inbox' }).click();
    await panel.waitFor();

    // Deleted: gone from the list, the audio gone at once.
    await panel.getByRole('button', { name: 'Delete' }).click();
    await panel.getByText('Delete this voicemail? Its recording is deleted at once.').waitFor();
    await panel.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => page.url()).toMatch(/\/voicemail$/);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await page.getByText(/^No voicemails yet/).waitFor();
    expect((await page.request.get(audioUrl)).status()).toBe(404);
    await page.goto(callUrl);
    await card.getByText('Voicemail deleted on ').waitFor();
    await page.close();
  });
});

describe('the settings', () => {
  it('shows that e-mail is not set up, tests a webhook and a Slack channel, keeps retention', async () => {
    const page = await signIn(browser, app.url, '/settings', { width: 1280, height: 720 });
    const mine = page.getByRole('form', { name: 'My notifications' });
    await mine.getByText('E-mail is not set up').waitFor();
    expect(await mine.getByLabel('New voicemails').isChecked()).toBe(true);
    await mine.getByLabel('Missed calls').check();
    await mine.getByRole('button', { name: 'Save my notifications' }).click();
    await mine.getByText('Saved', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Add webhook' }).click();
    const form = page.getByRole('dialog', { name: 'Add a webhook' });
    // The fake Twilio answers 404 to anything but its own paths: a receiver that refuses.
    await form.getByLabel('URL').fill(`${twilio.url}/hooks/ringflow`);
    await form.getByLabel('Description').fill('CRM');
    await form.getByRole('button', { name: 'Add webhook' }).click();
    const hook = page.getByRole('article', { name: `${twilio.url}/hooks/ringflow` });
    await hook.getByText('New voicemails, Missed calls, Incoming texts').waitFor();
    expect(await hook.getByLabel('Signing secret').inputValue()).not.toBe('');
    await hook.getByRole('button', { name: 'Send a test event' }).click();
    await hook
      .getByText(/^Failed: 404/)
      .first()
      .waitFor();
    await hook.getByRole('button', { name: 'Show deliveries' }).click();
    await hook.getByRole('table').getByText('Test').waitFor();

    const retention = page.getByRole('form', { name: 'Data retention' });
    await retention.getByLabel('Delete voicemail audio and transcripts after').fill('0');
    await retention.getByRole('button', { name: 'Save retention' }).click();
    await retention.getByText('Use 1 to 3650 days, or leave it empty').waitFor();
    await retention.getByLabel('Delete voicemail audio and transcripts after').fill('90');
    await retention.getByRole('button', { name: 'Save retention' }).click();
    await retention.getByText('Retention saved').waitFor();
    await page.getByRole('link', { name: 'Download export (ZIP)' }).waitFor();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}settings.png`, fullPage: true });

    // A number's own: Twilio's copy of recordings, and its Slack channel with a test.
    await page.goto(`${app.url}/numbers`);
    await page
      .getByRole('row')
      .filter({ hasText: '+14155550100' })
      .getByRole('link', { name: 'Auto-replies' })
      .click();
    const section = page.getByRole('region', { name: 'Voicemail and notifications' });
    const providerCopy = section.getByLabel(
      'Delete the recording from Twilio once Ringflow has copied it',
    );
    expect(await providerCopy.isChecked()).toBe(false);
    await providerCopy.check();
    await section.getByText('Saved', { exact: true }).waitFor();
    const slack = section.getByRole('form', { name: 'Slack' });
    await slack.getByLabel('Slack incoming-webhook URL').fill(`${twilio.url}/services/T0/B0/x`);
    await slack.getByLabel('New voicemails').check();
    await slack.getByRole('button', { name: 'Save Slack settings' }).click();
    await slack.getByText('Slack settings saved').waitFor();
    await slack.getByRole('button', { name: 'Send a test message' }).click();
    await slack.getByText(/^Test not delivered/).waitFor();
    await slack.getByRole('table', { name: 'Recent Slack deliveries' }).getByText('Test').waitFor();
    await page.reload();
    await expect.poll(() => providerCopy.isChecked()).toBe(true);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'voicemail-number-settings');
    await page.close();
  });
});
