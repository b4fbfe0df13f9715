import { mkdirSync } from 'node:fs';
import type { CallOutcome } from '@ringflow/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Call, insertCall } from '../../server/src/db/calls.js';
import { createFlow, getFlow, listFlows, publishRevision } from '../../server/src/db/flows.js';
import { createNumber, findNumberByE164, type PhoneNumber } from '../../server/src/db/numbers.js';
import { ADMIN, startAppServer } from './app-server.js';
import { ARTIFACTS, launchBrowser, screenshot } from './browser.js';
import { playVoicemailCall } from './demo-call.js';

/** Numbers, a number's page and the call log's filters, on the demo plus two flows and a number. */
let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
let demoFlowId: string;
let salesFlowId: string;
let sales: PhoneNumber;

const MAIN = '+14155550100';
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  [browser, app] = await Promise.all([
    launchBrowser(),
    startAppServer({ demo: true, env: { PUBLIC_BASE_URL: 'http://calls.example.com' } }),
  ]);
  const { db } = app.deps;
  const at = new Date().toISOString();
  demoFlowId = (await listFlows(db))[0]?.id ?? '';
  const document = (await getFlow(db, demoFlowId))?.draft;
  if (!document) throw new Error('no demo flow');
  // A second published flow, and a draft that has never been published.
  salesFlowId = (await createFlow(db, { draft: { ...document, name: 'Sales' }, userId: null }, at))
    .id;
  await publishRevision(db, salesFlowId, { document, message: 'Sales hours', authorId: null }, at);
  await createFlow(db, { draft: { ...document, name: 'Winter draft' }, userId: null }, at);
  sales = await createNumber(
    db,
    {
      number: '+14155550200',
      name: 'Sales line',
      flowId: salesFlowId,
      scheduleId: null,
      businessName: '',
    },
    at,
  );
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Signed in, in New York's zone (the call log's days are the browser's days). */
async function signedIn(path: string, viewport = WIDE): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    timezoneId: 'America/New_York',
    // Dates are in the viewer's locale: a British one, as the expectations below read.
    locale: 'en-GB',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(`${app.url}${path}`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

const flowOfMain = async () => (await findNumberByE164(app.deps.db, MAIN))?.flowId;

describe('the flow of a number', () => {
  it('offers only published flows, and asks before a live number changes or goes off the air', async () => {
    const page = await signedIn('/numbers');
    const select = page.getByLabel(`Flow for ${MAIN}`);
    await select.waitFor();
    const draft = select.locator('option', { hasText: 'Winter draft' });
    expect(await draft.textContent()).toBe(
      'Winter draft (not published yet: publish it in the designer first)',
    );
    expect(await draft.evaluate((o: HTMLOptionElement) => o.disabled)).toBe(true);
    expect(await select.locator('option', { hasText: 'Sales' }).isDisabled()).toBe(false);
    await screenshot(page, 'numbers-list-1440x900');

    // Cancel keeps the number on its flow, on screen and on the server.
    await select.selectOption({ label: 'Sales' });
    let dialog = page.getByRole('dialog', { name: `Switch +1 415 555 0100 to "Sales"?` });
    await dialog
      .getByText('Calls to +1 415 555 0100 will run "Sales" from now on.', { exact: false })
      .waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await select.inputValue()).toBe(demoFlowId);
    expect(await flowOfMain()).toBe(demoFlowId);

    // Confirm saves it.
    await select.selectOption({ label: 'Sales' });
    await dialog.getByRole('button', { name: 'Yes, switch' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => select.inputValue()).toBe(salesFlowId);
    expect(await flowOfMain()).toBe(salesFlowId);

    // "No flow" says what callers will hear, then the row says it does not answer.
    await select.selectOption({ label: 'No flow' });
    dialog = page.getByRole('dialog', { name: 'Take +1 415 555 0100 off the air?' });
    await dialog
      .getByText(
        'Calls to +1 415 555 0100 will hear "Sorry, we cannot take your call right now" from now on.',
      )
      .waitFor();
    await screenshot(page, 'numbers-confirm-off-air');
    await dialog.getByRole('button', { name: 'Yes, take it off the air' }).click();
    const row = page.getByRole('row').filter({ hasText: MAIN });
    await row
      .getByText('Not answering: callers hear “Sorry, we cannot take your call right now”')
      .waitFor();
    expect(await flowOfMain()).toBeNull();

    // A number that answers nothing loses no callers: pointing it at a flow saves at once.
    await select.selectOption({ label: 'Demo: small office' });
    await expect.poll(async () => await flowOfMain()).toBe(demoFlowId);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => row.getByText(/^Not answering/).count()).toBe(0);

    // The edit form offers the same choices and says what a change does before saving.
    await row.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit number' });
    expect(
      await form
        .getByLabel('Flow')
        .locator('option', { hasText: 'Winter draft' })
        .evaluate((o: HTMLOptionElement) => o.disabled),
    ).toBe(true);
    await form.getByLabel('Flow').selectOption({ label: 'Sales' });
    await form
      .getByText('Calls to +1 415 555 0100 will run "Sales" from now on.', { exact: false })
      .waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    expect(await flowOfMain()).toBe(demoFlowId);
    await page.close();

    const narrow = await signedIn('/numbers', PHONE);
    await narrow.getByLabel(`Flow for ${MAIN}`).waitFor();
    await screenshot(narrow, 'numbers-list-390x844');
    await narrow.close();
  });
});

describe("a number's page", () => {
  it('shows the revision that answers, the webhook addresses to copy and its recent calls', async () => {
    await playVoicemailCall(app, '+14155550166');
    const page = await signedIn('/numbers');
    await page.getByRole('link', { name: MAIN }).click();
    await page.getByRole('heading', { name: 'Main line' }).waitFor();
    await page.getByText('Answering', { exact: true }).waitFor();
    await page.getByText(/^Revision 1, published \d+ \w+, \d\d:\d\d:\d\d · “Demo flow”$/).waitFor();
    const designer = page.getByRole('link', { name: 'Open “Demo: small office” in the designer' });
    expect(await designer.getAttribute('href')).toBe(`/flows/${demoFlowId}`);

    const base = app.deps.config.publicBaseUrl;
    const address = (label: string) => page.getByLabel(label, { exact: true }).textContent();
    expect(await address('Voice URL')).toBe(`${base}/webhooks/twilio/voice`);
    expect(await address('Status callback URL')).toBe(`${base}/webhooks/twilio/status`);
    expect(await address('Messaging URL')).toBe(`${base}/webhooks/twilio/sms`);
    // The server's address is plain HTTP: the page says what that means for Twilio's requests.
    await page.getByText(/^These addresses are plain HTTP/).waitFor();
    await page.getByRole('button', { name: 'Copy Status callback URL' }).click();
    await page
      .getByRole('button', { name: 'Copy Status callback URL' })
      .getByText('Copied')
      .waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${base}/webhooks/twilio/status`,
    );

    const recent = page.getByRole('region', { name: 'Recent calls' });
    const call = recent.getByRole('row').filter({ hasText: '+14155550166' });
    await call.getByText('voicemail').waitFor();
    await screenshot(page, 'number-page-1440x900');
    await call.getByRole('link').click();
    await page.getByRole('heading', { name: 'Call from +14155550166' }).waitFor();
    await page.goBack();
    await recent.getByRole('link', { name: 'All calls to this number' }).click();
    await page.getByRole('heading', { name: 'Call log' }).waitFor();
    expect(new URL(page.url()).search).toMatch(/^\?numberId=num_/);
    await page.close();

    const narrow = await signedIn(
      `/numbers/${(await findNumberByE164(app.deps.db, MAIN))?.id}`,
      PHONE,
    );
    await narrow.getByRole('heading', { name: 'Main line' }).waitFor();
    await narrow.getByRole('region', { name: 'Recent calls' }).getByText('+14155550166').waitFor();
    // The whole page: on a phone the addresses and the calls are below the fold.
    mkdirSync(ARTIFACTS, { recursive: true });
    await narrow.screenshot({ path: `${ARTIFACTS}number-page-390x844.png`, fullPage: true });
    await narrow.close();
  });
});

/** A finished call in the log, to a number, at a chosen instant. */
async function logCall(
  id: string,
  startedAt: string,
  numberId: string,
  outcome: CallOutcome,
): Promise<void> {
  const call: Call = {
    id,
    provider: 'twilio',
    providerCallId: `CA${id}`,
    from: '+14155550123',
    to: numberId === sales.id ? sales.number : MAIN,
    phoneNumberId: numberId,
    flowId: null,
    revisionId: null,
    snapshot: null,
    step: 1,
    status: 'ended',
    outcome,
    result: null,
    providerStatus: 'completed',
    startedAt,
    endedAt: startedAt,
    durationSeconds: 30,
  };
  await insertCall(app.deps.db, call);
}

describe('the call log filters', () => {
  it('shows a blocked caller as Blocked, and filters by it', async () => {
    const mainId = (await findNumberByE164(app.deps.db, MAIN))?.id ?? '';
    await logCall('feb02-main-blocked', '2026-02-02T15:00:00.000Z', mainId, 'blocked');
    const page = await signedIn('/calls');
    await page.getByLabel('Outcome').selectOption({ label: 'Blocked' });
    await expect.poll(() => new URL(page.url()).search).toBe('?outcome=blocked');
    const rows = page.locator('table.calls tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const badge = rows.locator('td[data-label="Outcome"] .badge');
    expect(await badge.textContent()).toBe('Blocked');
    await screenshot(page, 'calls-blocked-1440x900');
    await page.close();
  });

  it('filters by number, outcome and day in the URL, in the browser’s zone', async () => {
    const mainId = (await findNumberByE164(app.deps.db, MAIN))?.id ?? '';
    await logCall('jan10-sales-missed', '2026-01-10T15:00:00.000Z', sales.id, 'missed');
    // 22:00 on 11 January in New York, already 12 January in UTC.
    await logCall('jan11-sales-missed', '2026-01-12T03:00:00.000Z', sales.id, 'missed');
    await logCall('jan11-sales-answered', '2026-01-11T16:00:00.000Z', sales.id, 'answered');
    await logCall('jan11-main-missed', '2026-01-11T17:00:00.000Z', mainId, 'missed');
    const page = await signedIn('/calls');
    const rows = page.locator('table.calls tbody tr');
    await page.getByLabel('Number', { exact: true }).selectOption({
      label: 'Sales line · +14155550200',
    });
    await expect.poll(() => new URL(page.url()).search).toBe(`?numberId=${sales.id}`);
    await expect.poll(() => rows.count()).toBe(3);

    await page.getByLabel('Outcome').selectOption('missed');
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel('From day').fill('2026-01-11');
    await page.getByLabel('To day').fill('2026-01-10');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('Must be on or after the first day').waitFor();
    await page.getByLabel('To day').fill('2026-01-11');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe(`?numberId=${sales.id}&outcome=missed&day=2026-01-11`);
    await expect.poll(() => rows.count()).toBe(1);
    // 11 January in New York: in UTC this call is on the 12th, and the 10th's is left out.
    await rows.getByText(/^11 Jan( 2026)?, 22:00:00$/).waitFor();
    await screenshot(page, 'calls-filtered-1440x900');

    // The filtered log is a link: opened anew, it shows the same filters and calls.
    const link = page.url();
    await page.close();
    const narrow = await signedIn(new URL(link).pathname + new URL(link).search, PHONE);
    await narrow.getByText(/^11 Jan( 2026)?, 22:00:00$/).waitFor();
    expect(await narrow.getByLabel('Outcome').inputValue()).toBe('missed');
    expect(await narrow.getByLabel('From day').inputValue()).toBe('2026-01-11');
    expect(await narrow.getByLabel('Number', { exact: true }).inputValue()).toBe(sales.id);
    await screenshot(narrow, 'calls-filtered-390x844');

    // Clear shows every call again; a bad link names its parameter.
    await narrow.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => new URL(narrow.url()).search).toBe('');
    await expect
      .poll(() => narrow.locator('table.calls tbody tr').count())
      .toBeGreaterThanOrEqual(4);
    await narrow.goto(`${app.url}/calls?outcome=lost`);
    await narrow
      .getByRole('alert')
      .getByText(/^outcome: Use one of answered/)
      .waitFor();
    await narrow.close();
  });
});
