import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startAppServer } from './app-server.js';
import { ARTIFACTS, launchBrowser, screenshot } from './browser.js';
import { playVoicemailCall } from './demo-call.js';

/** The admin pages around the designer, used as an admin would, against the demo data. */
let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A new page; test/e2e/setup.ts fails the test if it reported a CSP violation. */
function watchedPage(): Promise<Page> {
  return browser.newPage({ viewport: { width: 1280, height: 800 } });
}

async function signedIn(path: string): Promise<Page> {
  const page = await watchedPage();
  await page.goto(`${app.url}${path}`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

describe('the Content-Security-Policy', () => {
  it('is sent with the app, and the designer canvas draws under it', async () => {
    const page = await signedIn('/flows');
    const response = await page.request.get(`${app.url}/flows`);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.close();
  });

  it('lets Swagger UI at /api/docs load from this origin alone', async () => {
    const page = await watchedPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url)) outside.push(request.url());
    });
    await page.goto(`${app.url}/api/docs`);
    await page.getByText('Ringflow admin API').first().waitFor();
    await page.locator('.opblock').first().waitFor();
    expect(outside).toEqual([]);
    await page.close();
  });
});

describe('phone numbers', () => {
  it('adds a number pointing at the demo flow, checking E.164 and duplicates', async () => {
    const page = await signedIn('/numbers');
    await page.getByRole('cell', { name: '+14155550100' }).waitFor();
    await page.getByRole('button', { name: 'Add number' }).click();
    const form = page.getByRole('form', { name: 'Add number' });
    await form.getByLabel('Phone number').fill('+1415');
    await form.getByLabel('Name', { exact: true }).fill('Sales line');
    await form.getByRole('button', { name: 'Save number' }).click();
    await form.getByText('Use international format, e.g. +14155550100').waitFor();

    // A number already in Ringflow: the server's 409 says which line has it.
    await form.getByLabel('Phone number').fill('+14155550100');
    await form.getByRole('button', { name: 'Save number' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/already in Ringflow/);

    await form.getByLabel('Phone number').fill('+14155550199');
    await form.getByLabel('Flow').selectOption({ label: 'Demo: small office' });
    await form.getByLabel('Business name').fill('<b>Acme</b> Sales');
    await form.getByRole('button', { name: 'Save number' }).click();
    await page.getByRole('cell', { name: '+14155550199' }).waitFor();
    const select = page.getByLabel('Flow for +14155550199');
    expect(await select.locator('option:checked').textContent()).toBe('Demo: small office');
    // What was typed is shown as text, never as markup.
    await page.getByRole('cell', { name: '<b>Acme</b> Sales' }).waitFor();
    await screenshot(page, 'admin-numbers');
    await page.close();
  });
});

describe('team', () => {
  it('puts Alice in do not disturb for an hour and shows until when', async () => {
    const page = await signedIn('/team');
    const alice = page.getByRole('row', { name: 'Alice' });
    // A custom time already past is refused under the field, before anything is sent.
    await alice.getByRole('button', { name: 'Custom' }).click();
    await alice.getByLabel('Do not disturb until').fill('2020-01-01T10:00');
    await alice.getByRole('button', { name: 'Set' }).click();
    await alice
      .locator('.field-error[role="alert"]')
      .getByText('Choose a time in the future')
      .waitFor();
    expect(await alice.getByLabel('Do not disturb until').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await screenshot(page, 'admin-team-dnd-custom');
    await alice.getByRole('button', { name: '1 h' }).click();
    // Ending tomorrow (after 23:00) the line names the day before the time.
    await alice.getByText(/Do not disturb until (.+ )?\d\d:\d\d/).waitFor();
    await alice.getByRole('button', { name: 'Off' }).waitFor();
    await screenshot(page, 'admin-team-dnd');
    await page.close();
  });
});

describe('schedules', () => {
  it('creates a schedule with a split shift, an overnight range and a holiday', async () => {
    const page = await signedIn('/schedules');
    await page.getByRole('button', { name: 'New schedule' }).click();
    const form = page.getByRole('form', { name: 'New schedule' });
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await form.getByText('Give a name').waitFor();

    await form.getByLabel('Name', { exact: true }).fill('Split shift and late');
    await form.getByLabel('Time zone').fill('Europe/Paris');
    await form.getByLabel('Monday to 1').fill('12:00');
    await form.getByRole('button', { name: 'Add hours on Monday' }).click();
    expect(await form.getByLabel('Monday from 2').inputValue()).toBe('13:00');
    await form.getByRole('button', { name: 'Copy Monday to weekdays' }).click();
    expect(await form.getByLabel('Friday to 2').inputValue()).toBe('17:00');
    await form.getByRole('button', { name: 'Add hours on Saturday' }).click();
    await form.getByLabel('Saturday from 1').fill('22:00');
    await form.getByLabel('Saturday to 1').fill('02:00');
    await form.getByText('overnight', { exact: true }).waitFor();

    await form.getByRole('button', { name: 'Add closure' }).click();
    await form.getByLabel('Date', { exact: true }).fill('2026-12-25');
    await form.getByLabel('Name', { exact: true }).last().fill('Christmas Day');
    await expect
      .poll(() => form.getByTestId('schedule-preview').textContent())
      .toMatch(/^(Open now|Closed)/);
    // The whole editor, not just the viewport: it is the longest admin page.
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}admin-schedule-editor.png`, fullPage: true });
    await form.getByRole('button', { name: 'Save schedule' }).click();

    const card = page.getByRole('article', { name: 'Split shift and late' });
    await expect
      .poll(() => card.locator('.status-line').textContent())
      .toMatch(/^(Open now|Closed)/);
    await card.getByText('1 closure').waitFor();
    await screenshot(page, 'admin-schedules');
    await page.close();
  });
});

describe('call log', () => {
  it('lists a demo call and opens it with its path highlighted on the canvas', async () => {
    await playVoicemailCall(app, '+14155550177');
    const page = await signedIn('/calls');
    const row = page.getByRole('row').filter({ hasText: '+14155550177' });
    await row.getByText('voicemail').waitFor();
    await row.getByRole('link').click();

    await page.getByRole('heading', { name: 'Call from +14155550177' }).waitFor();
    await page.locator('.path-node.visited').first().waitFor();
    expect(await page.locator('.path-node.visited').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.react-flow__edge.taken').count()).toBeGreaterThanOrEqual(3);
    await page.getByText('Thanks for the message').first().waitFor();
    await page.getByText('Webhook received').first().waitFor();
    await screenshot(page, 'admin-call-detail');
    await page.screenshot({ path: `${ARTIFACTS}admin-call-trace.png`, fullPage: true });
    await page.close();
  });
});
