import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { connect, dragKind, nodeIds, openNewFlow } from './designer-page.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the designer clipboard', () => {
  it('selects several steps, copies and pastes them with their connection, and undoes the paste', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await openNewFlow(page, app.url, 'Clipboard');
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    const message = await dragKind(page, 'play-message', 200, 60);
    const bye = await dragKind(page, 'hang-up', 480, 60);
    await connect(page, message, 'next', bye);
    const edges = () => page.locator('.react-flow__edge').count();
    const edgesBefore = await edges();

    // Click one, then add the other to the selection with the multi-select key.
    await page.locator(`.react-flow__node[data-id="${message}"]`).click();
    await page.keyboard.down('Control');
    await page.locator(`.react-flow__node[data-id="${bye}"]`).click();
    await page.keyboard.up('Control');
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(2);

    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await nodeIds(page)).length).toBe(5);
    // Drawn once React Flow has measured the pasted steps' handles.
    await expect.poll(edges).toBe(edgesBefore + 1);
    const ids = await nodeIds(page);
    expect(new Set(ids).size).toBe(ids.length);
    await screenshot(page, 'designer-pasted');

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await nodeIds(page)).length).toBe(3);
    expect(await edges()).toBe(edgesBefore);
    await context.close();
  });
});
