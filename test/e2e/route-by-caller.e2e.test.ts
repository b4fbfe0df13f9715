import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { connect, dragKind, nodeIds, openNewFlow, selectNode } from './designer-page.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const findingsText = (page: Page) => page.locator('.designer-findings').textContent();

/** Chooses where one outcome of the selected step leads, under "Then go to". */
async function sendTo(page: Page, outcome: string, target: string): Promise<void> {
  await page.locator(`.outcome-targets select[data-outcome="${outcome}"]`).selectOption(target);
}

describe('a route-by-caller step', () => {
  it('sends a VIP list one way and blocks withheld numbers, in the designer and the simulator', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openNewFlow(page, app.url, 'E2E by caller');
    const [entry] = await nodeIds(page);
    if (!entry) throw new Error('a new flow has its entry');
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    const who = await dragKind(page, 'route-by-caller', 160, 60);
    const message = await dragKind(page, 'play-message', 560, 40);
    const hangUp = await dragKind(page, 'hang-up', 560, 260);
    const block = await dragKind(page, 'hang-up', 560, 420);
    await connect(page, entry, 'next', who);
    await expect.poll(() => findingsText(page)).toMatch(/Route by caller has no rules/);

    await selectNode(page, who);
    const settings = page.getByRole('complementary', { name: 'Settings' });
    await settings.getByRole('button', { name: 'Add a rule' }).click();
    // A rule just added does not scold before anything is typed in it.
    expect(await settings.locator('.field-error').count()).toBe(0);
    await settings.getByLabel('Name of rule 1').fill('VIP');
    await settings.getByLabel('Numbers of rule 1, one per line').fill('(415) 555-0111');
    await settings.getByRole('button', { name: 'Add a rule' }).click();
    await settings.getByLabel('What rule 2 matches').selectOption('withheld');
    await settings.getByLabel('Name of rule 2').fill('Spam');
    // The typed number is stored in international form, and names the rule's outcome.
    await expect
      .poll(() => settings.locator('.outcome-targets').textContent())
      .toMatch(/VIP \(\+14155550111\).*Spam \(Withheld number\).*Anyone else/);
    await sendTo(page, 'rule-1', message);
    await sendTo(page, 'rule-2', block);
    await sendTo(page, 'other', message);
    await selectNode(page, message);
    await sendTo(page, 'next', hangUp);
    await expect.poll(() => findingsText(page)).not.toMatch(/Route by caller/);
    await selectNode(page, block);
    const blockBox = settings.getByRole('checkbox', { name: 'Treat as blocked' });
    expect(await blockBox.isChecked()).toBe(false);
    await blockBox.check();
    await settings
      .getByText('No missed-call text or notification; the call log says Blocked.')
      .waitFor();
    const blockNode = page.getByTestId(`node-${block}`);
    await expect.poll(() => blockNode.textContent()).toMatch(/Blocks the caller/);
    await screenshot(page, 'route-by-caller-block-settings');
    expect(await page.getByTestId(`node-${hangUp}`).textContent()).toMatch(/Ends the call/);
    await selectNode(page, who);
    await screenshot(page, 'route-by-caller-settings');

    await page.getByRole('button', { name: 'Simulate' }).click();
    const panel = page.getByRole('complementary', { name: 'Simulator' });
    await panel.getByLabel('The caller withholds their number').check();
    await panel.getByRole('button', { name: 'Start call' }).click();
    await panel.locator('.sim-line.end').first().waitFor();
    const transcript = await panel.locator('.sim-transcript').textContent();
    expect(transcript).toMatch(/Spam: the number is withheld/);
    expect(transcript).not.toMatch(/Plays|Says/);
    const outcome = panel.getByRole('region', { name: 'Outcome' });
    await expect.poll(() => outcome.locator('.sim-result').textContent()).toMatch(/^blocked/);
    const passed = await page
      .locator('.flow-node.sim-passed')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
    expect(passed).toContain(`node-${block}`);
    expect(passed).not.toContain(`node-${message}`);
    expect(passed).not.toContain(`node-${hangUp}`);
    const taken = await page
      .locator('.react-flow__edge.sim-taken')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
    expect(taken.filter((id) => id.startsWith(who))).toEqual([expect.stringContaining('rule-2')]);
    await screenshot(page, 'route-by-caller-simulated-withheld');
    await page.close();
  });
});
