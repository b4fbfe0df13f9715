/**
 * What an admin must be able to trust, at the three sizes they use: a wide
 * desktop, a short laptop and a phone. The deeper checks of each point live in
 * their own files (numbers, designer, simulator, canvas readability...); this
 * walks every point once per size on the demo data, with a screenshot of each.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFlow, getFlow, listFlows } from '../../server/src/db/flows.js';
import { READABLE_ZOOM } from '../../web/src/designer/lib/readable-view.js';
import { signedIn, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { canvasZoom, zoomOutToAll } from './canvas-geometry.js';
import { playVoicemailCall } from './demo-call.js';
import { selectNode } from './designer-page.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
const CALLER = '+14155550166';
const MAIN = '+14155550100';

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
  const { db } = app.deps;
  const document = (await getFlow(db, (await listFlows(db))[0]?.id ?? ''))?.draft;
  if (!document) throw new Error('no demo flow');
  await createFlow(
    db,
    { draft: { ...document, name: 'Winter draft' }, userId: null },
    new Date().toISOString(),
  );
  await playVoicemailCall(app, CALLER);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const SIZES = [
  { name: 'desktop', width: 1440, height: 900, phone: false },
  { name: 'laptop', width: 1280, height: 720, phone: false },
  { name: 'phone', width: 390, height: 844, phone: true },
];

describe.each(SIZES)('at $width x $height', ({ name, phone, ...viewport }) => {
  let page: Page;
  beforeAll(async () => {
    page = await signedIn(browser, app.url, '/flows', viewport);
    await page.getByRole('heading', { name: 'Call flows' }).waitFor();
  });
  afterAll(() => page?.close());

  const open = async (path: string) => {
    await page.goto(`${app.url}${path}`);
  };
  /** On a phone the navigation is behind Menu. */
  const navigate = async (link: string) => {
    const nav = page.getByRole('navigation', { name: 'Main' });
    if (phone) await nav.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: link }).click();
  };

  it('reaches every page from the navigation', async () => {
    await open('/flows');
    for (const [link, heading] of [
      ['Numbers', 'Phone numbers'],
      ['Schedules', 'Schedules'],
      ['Call log', 'Call log'],
      ['Users', 'Users'],
      ['Flows', 'Call flows'],
    ]) {
      await navigate(link as string);
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
    }
    await screenshot(page, `sizes-${name}-flows`);
  });

  it('offers only published flows to a number, saying why the others are not', async () => {
    await open('/numbers');
    const select = page.getByLabel(`Flow for ${MAIN}`);
    const draft = select.locator('option', { hasText: 'Winter draft' });
    await draft.waitFor({ state: 'attached' });
    expect(await draft.textContent()).toBe(
      'Winter draft (not published yet: publish it in the designer first)',
    );
    expect(await draft.evaluate((o: HTMLOptionElement) => o.disabled)).toBe(true);
    expect(await select.isVisible()).toBe(true);
    await screenshot(page, `sizes-${name}-numbers`);
  });

  it('names the numbers each flow answers, and says Twilio is not set up where it matters', async () => {
    await open('/flows');
    const demo = page.getByRole('row').filter({ hasText: 'Demo: small office' });
    await demo.getByText('Main line').waitFor();
    const unanswered = page.getByRole('row').filter({ hasText: 'Winter draft' });
    expect(await unanswered.textContent()).not.toContain('Main line');
    const banner = page.getByText('Twilio is not set up.');
    expect(await banner.isVisible()).toBe(true);
  });

  it("shows a call's path and texts as they are: a text not sent says it waits", async () => {
    await open('/calls');
    const row = page.getByRole('row').filter({ hasText: CALLER });
    await row.getByText('voicemail').waitFor();
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: `Call from ${CALLER}` }).waitFor();
    const card = page.getByRole('region', { name: 'Auto-replies' });
    await card.getByText('Will send', { exact: true }).waitFor();
    expect(await card.getByText('Sent', { exact: true }).count()).toBe(0);
    await screenshot(page, `sizes-${name}-call`);
  });

  it("gives a number's flow and revision, its webhook addresses and its recent calls", async () => {
    await open('/numbers');
    await page.getByRole('link', { name: MAIN }).first().click();
    await page.getByRole('heading', { name: 'Answers with' }).waitFor();
    await page.getByText(/Revision \d+, published /).waitFor();
    await page.getByRole('heading', { name: 'Connect it in Twilio' }).waitFor();
    await page.getByRole('heading', { name: 'Recent calls' }).waitFor();
    await page.getByText(CALLER).first().waitFor();
    await screenshot(page, `sizes-${name}-number`);
  });

  it('filters the call log by outcome', async () => {
    await open('/calls');
    await page.getByLabel('Outcome').selectOption('missed');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => page.getByText(CALLER).count()).toBe(0);
    await page.getByLabel('Outcome').selectOption('voicemail');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText(CALLER).first().waitFor();
  });

  it('lets an owner add users from the app', async () => {
    await open('/users');
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.waitFor();
    await screenshot(page, `sizes-${name}-add-user`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it.runIf(phone)('says the designer needs a wider screen', async () => {
    await open('/flows');
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    await page.getByText('The designer needs a wider screen').waitFor();
  });

  it.skipIf(phone)(
    'opens the designer readable, says what is live, wires by choice and keeps findings in words',
    async () => {
      await open('/flows');
      await page.getByRole('link', { name: 'Demo: small office' }).click();
      const canvas = '.designer-canvas';
      await page.locator(`${canvas} .react-flow__node`).first().waitFor();
      expect(await canvasZoom(page, canvas)).toBeGreaterThanOrEqual(READABLE_ZOOM - 1e-6);
      await expect
        .poll(() => page.locator('.designer-toolbar .badge').textContent())
        .toBe('Revision 1 live on Main line');

      // The entry's settings wire its outcome with a choice, no mouse needed.
      await page.locator('.react-flow__node[data-id="start"] .flow-node-header').click();
      const settings = page.getByRole('complementary', { name: 'Settings' });
      const next = settings.getByRole('group', { name: 'Then go to' }).getByRole('combobox');
      expect(await next.locator('option:checked').textContent()).toContain('Office hours');

      // A field error names the field, and the flow's other findings stay listed beside it.
      // Zoomed out, every step is in the open, none under the settings panel.
      await zoomOutToAll(page, canvas);
      await selectNode(page, 'ring-team');
      const duration = settings.getByLabel('Ring duration');
      const before = await duration.inputValue();
      await duration.fill('');
      await settings.locator('.field-error').first().waitFor();
      expect(await settings.locator('.field-error').first().textContent()).toMatch(
        /^Ring duration /,
      );
      await expect
        .poll(() => page.locator('.designer-findings h2').textContent())
        .toMatch(/^1 error/);
      expect(await page.locator('.designer-findings').textContent()).toContain('Alice and Bob');
      expect(await page.locator('body').textContent()).not.toMatch(/ring-team\)|ringSeconds/);
      await screenshot(page, `sizes-${name}-designer`);
      // Publish says at once that the draft cannot go live, before anything is typed.
      await page.getByRole('button', { name: 'Publish', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Publish this flow' });
      await dialog.getByText('The draft has 1 error; fix it before publishing.').waitFor();
      expect(await dialog.getByRole('button', { name: /^Publish/ }).isDisabled()).toBe(true);
      await screenshot(page, `sizes-${name}-publish-blocked`);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await duration.fill(before);
      await expect
        .poll(() => page.locator('.designer-toolbar .draft-status').textContent())
        .not.toMatch(/Draft differs/);
    },
  );
});
