import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWebhook } from '../../server/test/support/fake-twilio.js';
import { signedIn as signIn, startAppServer } from './app-server.js';
import { ARTIFACTS, launchBrowser, screenshot } from './browser.js';
import { playVoicemailCall } from './demo-call.js';

/** A number's auto-replies, their decisions, the message log and the simulator, on the demo. */
let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

function signedIn(path: string): Promise<Page> {
  return signIn(browser, app.url, path, { width: 1280, height: 900 });
}

async function openDemoNumber(page: Page): Promise<void> {
  const row = page.getByRole('row').filter({ hasText: '+14155550100' });
  await row.getByRole('link', { name: 'Auto-replies' }).click();
  await page.getByRole('heading', { name: 'Main line' }).waitFor();
}

/** The counter under one of the editor's texts. */
const counter = (page: Page, label: string) =>
  page.locator('.text-field', { hasText: label }).locator('.sms-counter');

describe("a number's auto-replies", () => {
  it('adds the missed call template, edits it, switches it off and on, and deletes it', async () => {
    const page = await signedIn('/numbers');
    await openDemoNumber(page);
    // The demo answers texts after hours.
    const demoRule = page.getByRole('article', { name: 'After hours' });
    await demoRule.getByText('Incoming texts · after hours').waitFor();

    await page.getByRole('button', { name: 'Add auto-reply' }).click();
    const picker = page.getByRole('dialog', { name: 'Add an auto-reply' });
    expect(await picker.locator('.template-choice .strong').allTextContents()).toEqual([
      'Missed call',
      'Voicemail received',
      'After hours',
      'Weekend',
      'Holiday closure',
      'We reply within 24 hours',
      ' Blank',
    ]);
    await picker.getByRole('button', { name: /^Missed call/ }).click();

    const form = page.getByRole('form', { name: 'Auto-reply' });
    expect(await form.getByLabel('Name', { exact: true }).inputValue()).toBe('Missed call');
    expect(await form.getByLabel('Trigger').inputValue()).toBe('missed-call');
    await expect.poll(() => counter(page, 'After-hours text').textContent()).toMatch(/GSM-7/);
    const afterHours = form.getByLabel('After-hours text');
    await afterHours.fill('Closed now 🌙 {{business.name}} calls you back {{hours.next_open}}.');
    await expect
      .poll(() => counter(page, 'After-hours text').textContent())
      .toMatch(/characters with sample values · UCS-2 · 1 segment/);
    expect(await counter(page, 'After-hours text').textContent()).toMatch(/UCS-2 because of “🌙”/);

    // Too long is refused inline, before anything is sent to the server.
    const inHours = form.getByLabel('In-hours text');
    const original = await inHours.inputValue();
    await inHours.fill('a'.repeat(1601));
    await expect.poll(() => counter(page, 'In-hours text').textContent()).toMatch(/Too long/);
    await form.getByRole('button', { name: 'Save auto-reply' }).click();
    await form
      .getByText('Too long: a text may have at most 1,600 characters', { exact: true })
      .waitFor();
    await inHours.fill('a'.repeat(400));
    await expect
      .poll(() => counter(page, 'In-hours text').textContent())
      .toMatch(/carriers may split it/);
    await inHours.fill(original);
    // The weekend text, left empty, means the after-hours text on weekends.
    await form.getByText('Empty: the after-hours text on Saturdays and Sundays').waitFor();
    await form.getByLabel('Wait before sending (minutes)').fill('2');
    await form.getByRole('button', { name: 'Save auto-reply' }).click();

    const rule = page.getByRole('article', { name: 'Missed call' });
    await rule.getByText('Missed calls · during and after hours · after 2 min').waitFor();
    await rule.getByText(/Closed now 🌙 Acme Plumbing calls you back Monday at 09:00/).waitFor();
    expect(await rule.getByRole('switch', { name: 'Active' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    await screenshot(page, 'auto-replies-settings');

    // Saved on the server: a reload shows it as it was.
    await page.reload();
    await rule.getByText(/Closed now 🌙/).waitFor();
    await rule.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Auto-reply' });
    expect(await edit.getByLabel('After-hours text').inputValue()).toMatch(/^Closed now 🌙/);
    expect(await edit.getByLabel('Wait before sending (minutes)').inputValue()).toBe('2');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}auto-replies-editor.png`, fullPage: true });
    await edit.getByRole('button', { name: 'Cancel' }).click();

    // Off keeps the rule and its texts; on again.
    const active = rule.getByRole('switch', { name: 'Active' });
    await active.click();
    await expect.poll(() => active.getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => active.textContent()).toBe('Off');
    await page.reload();
    await expect.poll(() => active.getAttribute('aria-checked')).toBe('false');
    await active.click();
    await expect.poll(() => active.getAttribute('aria-checked')).toBe('true');

    // The guards.
    const guards = page.getByRole('form', { name: 'Guards' });
    expect(await guards.getByLabel('Cooldown (minutes)').inputValue()).toBe('180');
    await guards.getByLabel('Cooldown (minutes)').fill('60');
    await guards.getByText('At most one auto-reply per contact every 1 h').waitFor();
    await guards.getByRole('button', { name: 'Save guards' }).click();
    await guards.getByText('Guards saved').waitFor();
    await page.reload();
    await expect.poll(() => guards.getByLabel('Cooldown (minutes)').inputValue()).toBe('60');

    // Delete stops it at once.
    await rule.getByRole('button', { name: 'Delete' }).click();
    await rule.getByText('Delete “Missed call”? It stops at once.').waitFor();
    await rule.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => rule.count()).toBe(0);
    await page.reload();
    await demoRule.waitFor();
    expect(await rule.count()).toBe(0);
    await page.close();
  });
});

describe('decisions and messages', () => {
  it('logs the decisions of a call and a text, and sends a text from the team', async () => {
    await playVoicemailCall(app, '+14155550188');
    const send = (path: string, init: RequestInit) => fetch(`${app.url}${path}`, init);
    const received = await textWebhook(send, app.deps.config.publicBaseUrl, 'e2e-token', {
      from: '+14155550189',
      body: 'Are you open tomorrow?',
    });
    expect(received.status).toBe(200);

    const page = await signedIn('/messages');
    const incoming = page.getByRole('row').filter({ hasText: 'Are you open tomorrow?' });
    await incoming.getByText('+14155550189').waitFor();
    // This server has no Twilio account: nothing says "sent", and every page says why.
    await page.locator('.setup-banner', { hasText: 'Twilio is not set up.' }).waitFor();
    // After hours the rule texts back, in hours it skips: either way, never "sent".
    await incoming.getByText(/^Auto-replies: 1 (will send|skipped)$/).click();
    await incoming.getByText('Rule “After hours”').waitFor();

    const form = page.getByRole('form', { name: 'Send a text' });
    await form.getByLabel('To').fill('+14155550189');
    await form.getByLabel('Text').fill('Hi, Alice here: yes, from 9 🙂');
    await expect.poll(() => form.locator('.sms-counter').textContent()).toMatch(/UCS-2/);
    await form.getByRole('button', { name: 'Send text' }).click();
    await form
      .getByText(
        'Text to +14155550189 queued, but Twilio is not set up: it goes out once the server has its credentials',
      )
      .waitFor();
    const sent = page.getByRole('row').filter({ hasText: 'Hi, Alice here' });
    await sent.getByText('Team', { exact: true }).waitFor();
    await sent.getByText('waiting: Twilio is not set up', { exact: true }).waitFor();
    await screenshot(page, 'auto-replies-messages');

    // Filtered by contact, only that contact's texts remain.
    await page.getByLabel('Contact').fill('+14155550188');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => sent.count()).toBe(0);

    await page.getByRole('link', { name: 'Numbers' }).click();
    await openDemoNumber(page);
    const log = page.getByRole('region', { name: 'Recent decisions' });
    const voicemail = log.getByRole('row').filter({ hasText: '+14155550188' });
    await voicemail.getByRole('link', { name: 'Voicemail' }).waitFor();
    await voicemail.getByText('Will send', { exact: true }).waitFor();
    await voicemail.getByText('Flow step “Thanks for the message”', { exact: false }).waitFor();
    await voicemail.getByText('Waiting: Twilio is not set up').waitFor();
    await log
      .getByRole('row')
      .filter({ hasText: '+14155550189' })
      .getByText('Incoming text')
      .waitFor();
    await log.evaluate((el) => el.scrollIntoView());
    await screenshot(page, 'auto-replies-decisions');

    // The call's own page says what its ending decided.
    await voicemail.getByRole('link', { name: 'Voicemail' }).click();
    await page.getByRole('heading', { name: 'Call from +14155550188' }).waitFor();
    const card = page.getByRole('region', { name: 'Auto-replies' });
    await card.getByText('Will send', { exact: true }).waitFor();
    await card.getByText(/Thanks for your message to Acme Plumbing/).waitFor();
    await screenshot(page, 'auto-replies-call');
    await page.close();
  });
});

describe('the simulator', () => {
  it('skips the text when an auto-reply went to the caller 30 minutes before', async () => {
    const page = await signedIn('/flows');
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Simulate' }).click();
    const panel = page.getByRole('complementary', { name: 'Simulator' });
    await panel.getByLabel('Date').fill('2026-11-28');
    await panel.getByLabel('Time', { exact: true }).fill('22:00');
    await panel.getByLabel('Time zone').selectOption('America/New_York');
    await panel.getByLabel('Contact history').selectOption('auto-reply');
    await panel.getByLabel('Minutes before').fill('30');
    await panel.getByRole('button', { name: 'Start call' }).click();
    await panel.getByRole('group', { name: 'Key pad' }).getByRole('button', { name: '1' }).click();
    await panel.getByRole('button', { name: 'Leave a 20 s voicemail' }).click();

    const outcome = panel.getByRole('region', { name: 'Outcome' });
    await outcome.getByText('Skipped: step Thanks for the message').waitFor();
    expect(await outcome.textContent()).toMatch(
      /An auto-reply went to this contact 30 min ago \(cooldown \d h\)/,
    );
    expect(await outcome.textContent()).toMatch(
      /Contact history: an auto-reply went to this caller 30 min before the call/,
    );
    await screenshot(page, 'auto-replies-simulator');
    await page.close();
  });
});
