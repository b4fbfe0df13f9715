import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { stepOnScreen, zoomOutToAll } from './canvas-geometry.js';
import {
  connect,
  dragKind,
  exportedFile,
  nodeIds,
  openNewFlow,
  selectNode,
} from './designer-page.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const newPage = () => browser.newPage({ viewport: { width: 1280, height: 800 } });
const findingsText = (page: Page) => page.locator('.designer-findings').textContent();
const saved = (page: Page) => page.locator('.save-state.saved').waitFor({ timeout: 10_000 });

describe('the designer', () => {
  it('builds a flow by dragging from the palette, connects it, checks it and keeps it', async () => {
    const page = await newPage();
    await openNewFlow(page, app.url, 'E2E office');
    const [entry] = await nodeIds(page);
    if (!entry) throw new Error('a new flow has its entry');

    // Zoom out a little to make room, as a person would.
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    const menu = await dragKind(page, 'phone-menu', 120, 40);
    const message = await dragKind(page, 'play-message', 560, 40);
    const hangUp = await dragKind(page, 'hang-up', 560, 200);
    const ring = await dragKind(page, 'ring-users', 120, 330);
    const voicemail = await dragKind(page, 'voicemail', 330, 420);
    expect(await nodeIds(page)).toHaveLength(6);
    await screenshot(page, 'designer-dropped');

    await connect(page, entry, 'next', menu);
    await connect(page, menu, '1', ring);
    await connect(page, menu, '2', message);
    await connect(page, menu, 'no-input', hangUp);
    await connect(page, ring, 'no-answer', voicemail);
    await connect(page, ring, 'answered', hangUp);
    // An outcome takes one edge: connecting it again replaces the first.
    await connect(page, ring, 'answered', message);
    expect(await page.locator(`.react-flow__edge[data-id="${ring}:answered"]`).count()).toBe(1);

    // The ring-users node has nobody to ring yet: the validator says so.
    await expect.poll(() => findingsText(page)).toMatch(/nobody to ring/i);
    await selectNode(page, ring);
    await page.getByLabel('Add a team member').selectOption({ label: 'Alice' });
    await page.getByLabel('Ring duration').fill('4');
    await expect
      .poll(() => page.locator('.designer-settings .field-error').textContent())
      .toMatch(/Ring duration must be at least 5/);
    await page.getByLabel('Ring duration').fill('20');
    await expect.poll(() => findingsText(page)).not.toMatch(/nobody to ring/i);
    await expect
      .poll(() => page.locator(`.react-flow__node[data-id="${ring}"]`).textContent())
      .toMatch(/Rings Alice for 20 s/);

    await selectNode(page, menu);
    await page.getByLabel('Key of option 2').selectOption('3');
    await expect
      .poll(() =>
        page
          .locator(`.react-flow__node[data-id="${menu}"] .react-flow__handle[data-handleid="3"]`)
          .count(),
      )
      .toBe(1);
    await connect(page, menu, '3', message);

    await saved(page);
    await screenshot(page, 'designer-built');
    await page.reload();
    // The flow reopens readable, from its entry: zoomed out, every step is drawn.
    await page.locator(`.react-flow__node[data-id="${entry}"]`).waitFor();
    await zoomOutToAll(page, '.designer-canvas', 6);
    expect((await nodeIds(page)).sort()).toEqual(
      [entry, menu, ring, voicemail, message, hangUp].sort(),
    );
    expect(await page.locator(`.react-flow__node[data-id="${ring}"]`).textContent()).toMatch(
      /Rings Alice for 20 s/,
    );
    expect(await page.locator(`.react-flow__edge[data-id="${menu}:3"]`).count()).toBe(1);
    await screenshot(page, 'designer-reloaded');
    await page.close();
  });

  it('adds from the palette with the keyboard; deletes, undoes and redoes with keys', async () => {
    const page = await newPage();
    await openNewFlow(page, app.url, 'E2E keys');
    const [entry] = await nodeIds(page);
    await page.locator('.palette-item[data-kind="voicemail"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => nodeIds(page)).toContain('voicemail-1');
    // The entry is not offered a second time.
    expect(await page.locator('.palette-item[data-kind="incoming-call"]').count()).toBe(0);

    await selectNode(page, 'voicemail-1');
    await page.keyboard.press('Delete');
    await expect.poll(() => nodeIds(page)).toEqual([entry]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeIds(page)).toContain('voicemail-1');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => nodeIds(page)).toEqual([entry]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodeIds(page)).toContain('voicemail-1');

    // The incoming call cannot be deleted.
    await selectNode(page, entry ?? '');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Escape');
    expect(await nodeIds(page)).toHaveLength(2);
    await saved(page);
    await screenshot(page, 'designer-keyboard');
    await page.close();
  });

  it("brings a finding's step into view and selects it when the finding is clicked", async () => {
    const page = await newPage();
    await openNewFlow(page, app.url, 'E2E findings');
    const ring = await dragKind(page, 'ring-users', 300, 200);
    await expect.poll(() => findingsText(page)).toMatch(/nobody to ring/i);

    // The admin looks elsewhere: the canvas dragged sideways until the step is off the screen.
    const frame = await page.locator('.designer-canvas .react-flow').boundingBox();
    if (!frame) throw new Error('no canvas');
    const from = { x: frame.x + frame.width * 0.9, y: frame.y + frame.height * 0.45 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - frame.width * 0.85, from.y, { steps: 10 });
    await page.mouse.up();
    const onScreen = () => stepOnScreen(page, '.designer-canvas', ring);
    expect(await onScreen()).toBe(false);

    await page.locator('.designer-findings button.finding', { hasText: /nobody to ring/i }).click();
    await expect.poll(onScreen).toBe(true);
    await expect
      .poll(() => page.locator(`.react-flow__node[data-id="${ring}"]`).getAttribute('class'))
      .toMatch(/\bselected\b/);
    await page.close();
  });

  it('publishes, compares, rolls back, exports and imports', async () => {
    const page = await newPage();
    await openNewFlow(page, app.url, 'E2E publish');
    await page.getByRole('link', { name: 'Flows' }).click();
    // The list says which numbers each flow answers.
    await page.locator('tr', { hasText: 'Demo: small office' }).getByText('Main line').waitFor();
    expect(await page.locator('tr', { hasText: 'E2E publish' }).textContent()).toContain(
      'No number',
    );
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    const ringId =
      (await page
        .locator('.react-flow__node', { hasText: 'Alice and Bob' })
        .getAttribute('data-id')) ?? '';
    // By id: the import below renames the node.
    const ring = page.locator(`.react-flow__node[data-id="${ringId}"]`);
    await selectNode(page, ringId);
    await page.getByLabel('Ring duration').fill('40');
    await expect.poll(() => ring.textContent()).toMatch(/for 40 s/);
    // The change is not live yet, and the toolbar says so beside Publish.
    const draftStatus = page.locator('.designer-toolbar .draft-status');
    await expect
      .poll(() => draftStatus.textContent())
      .toBe('Draft differs from revision 1: 1 changed');
    expect(await page.locator('.designer-toolbar .badge').textContent()).toBe(
      'Revision 1 live on Main line',
    );

    await page.getByRole('button', { name: 'Publish' }).click();
    await page
      .getByRole('dialog')
      .getByText('New calls to Main line will run it at once')
      .waitFor();
    // Empty, the message's hint says what it needs, and Publish waits for it.
    const hint = await page.getByLabel('What changed?').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${hint}"]`).textContent()).toBe('Describe what changed.');
    await screenshot(page, 'designer-publish-dialog');
    await page.getByLabel('What changed?').fill('Longer ring');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Publish/ })
      .click();
    await page
      .getByText('Revision 2 published: new calls to Main line (+14155550100) run it now.')
      .waitFor();
    expect(await page.locator('.designer-toolbar .badge').textContent()).toBe(
      'Revision 2 live on Main line',
    );
    await expect.poll(() => draftStatus.textContent()).toBe('No unpublished changes');

    await page.getByRole('button', { name: 'History' }).click();
    await page.getByText('Longer ring').waitFor();
    const first = page.locator('.revision', { hasText: 'Revision 1' });
    await first.getByRole('button', { name: 'Compare with draft' }).click();
    await expect
      .poll(() => ring.locator('.flow-node').getAttribute('class'))
      .toMatch(/diff-changed/);
    await screenshot(page, 'designer-compare');
    await first.getByRole('button', { name: 'Roll back to this' }).click();
    await first.getByRole('button', { name: 'Roll back to revision 1' }).click();
    await page.getByText('Rolled back: new calls to Main line run revision 3 again.').waitFor();
    await expect.poll(() => ring.textContent()).toMatch(/for 25 s/);

    const { filename, text } = await exportedFile(page);
    expect(filename).toBe('demo-small-office.ringflow.json');
    const exported = JSON.parse(text);
    // Steps out of view are not drawn; the minimap shows them all.
    expect(exported.nodes.length).toBe(await page.locator('.react-flow__minimap-node').count());

    const renamed = exported.nodes.find((n: { id: string }) => n.id === ringId);
    renamed.data.label = 'Imported team';
    await page.locator('.designer-toolbar input[type="file"]').setInputFiles({
      name: 'flow.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await expect.poll(() => ring.textContent()).toMatch(/Imported team/);
    await page.locator('.designer-toolbar input[type="file"]').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"nodes": 1}'),
    });
    await page.getByRole('alert').filter({ hasText: 'not a Ringflow flow' }).waitFor();
    await saved(page);
    await screenshot(page, 'designer-published');
    await page.close();
  });
});
