import type { Locator, Page } from 'playwright-core';
import { ADMIN } from './app-server.js';
import { zoomOutToAll } from './canvas-geometry.js';

/** Signs in and opens a new flow in the designer; returns the flow's id. */
export async function openNewFlow(page: Page, url: string, name: string): Promise<string> {
  await page.goto(url);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('New flow name').fill(name);
  await page.getByRole('button', { name: 'New flow' }).click();
  await page.waitForURL(/\/flows\/[^/]+$/);
  await page.locator('.react-flow__node').first().waitFor();
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/**
 * Drags a palette item onto the canvas at (x, y) relative to the canvas, the
 * way a person does: press, move, release. Returns the new node's id.
 */
export async function dragKind(page: Page, kind: string, x: number, y: number): Promise<string> {
  const before = await nodeIds(page);
  await page
    .locator(`.palette-item[data-kind="${kind}"]`)
    .dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x, y },
    });
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__node').length > n,
    before.length,
  );
  const after = await nodeIds(page);
  const added = after.find((id) => !before.includes(id));
  if (!added) throw new Error(`dropping ${kind} added no node`);
  return added;
}

export async function nodeIds(page: Page): Promise<string[]> {
  return page
    .locator('.react-flow__node')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
}

/** Drags from one outcome handle of a node and releases over another node's body. */
export async function connect(
  page: Page,
  source: string,
  outcome: string,
  target: string,
): Promise<void> {
  const handle = await page
    .locator(
      `.react-flow__node[data-id="${source}"] .react-flow__handle[data-handleid="${outcome}"]`,
    )
    .boundingBox();
  const node = await page.locator(`.react-flow__node[data-id="${target}"]`).boundingBox();
  if (!handle || !node) throw new Error(`cannot see ${source}:${outcome} or ${target}`);
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(node.x + node.width / 2, node.y + 20, { steps: 8 });
  await page.mouse.up();
  await page
    .locator(`.react-flow__edge[data-id="${source}:${outcome}"]`)
    .waitFor({ state: 'attached' });
}

/** Clicks a node's header to select it and open its settings, zooming out first if it is out of view. */
export async function selectNode(page: Page, id: string): Promise<void> {
  const node = page.locator(`.react-flow__node[data-id="${id}"]`);
  if ((await node.count()) === 0) await zoomOutToAll(page, '.designer-canvas');
  const settings = page.locator('.settings-id', { hasText: id });
  // A click while the canvas still places the flow it just loaded can land as the node moves,
  // which React Flow takes for a drag: a person clicks again, and so does this, twice at most.
  for (let attempt = 1; ; attempt++) {
    await node.locator('.flow-node-header').click();
    try {
      await settings.waitFor({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Clicks an export button (the toolbar's Export unless another is given) and
 * returns the file the page offered. This Chromium build
 * does not report downloads to Playwright, so the link the page clicks is
 * read instead: its file name and the blob behind it.
 */
export async function exportedFile(
  page: Page,
  button: Locator = page.locator('.designer-toolbar').getByRole('button', { name: 'Export' }),
): Promise<{ filename: string; text: string }> {
  await page.evaluate(() => {
    const w = window as unknown as { lastExport?: Promise<{ filename: string; text: string }> };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const filename = this.download;
      w.lastExport = fetch(this.href)
        .then((r) => r.text())
        .then((text) => ({ filename, text }));
      HTMLAnchorElement.prototype.click = click;
    };
  });
  await button.click();
  return page.evaluate(() => {
    const w = window as unknown as { lastExport?: Promise<{ filename: string; text: string }> };
    if (!w.lastExport) throw new Error('Export offered no file');
    return w.lastExport;
  });
}
