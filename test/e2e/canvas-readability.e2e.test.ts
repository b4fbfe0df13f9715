import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READABLE_ZOOM } from '../../web/src/designer/lib/readable-view.js';
import { signedIn, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import {
  canvasZoom,
  drawnEdges,
  edgesUnderSteps,
  smallestTextPx,
  stepOnScreen,
  stepsOffScreen,
  zoomOutToAll,
} from './canvas-geometry.js';
import { playVoicemailCall } from './demo-call.js';
import { nodeIds, openNewFlow } from './designer-page.js';

type Doc = { nodes: { id: string; type: string }[]; edges: unknown[] };
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const demo = JSON.parse(read('../../server/src/demo/flow.json')) as Doc;
// The largest flow of the corpus: 9 steps, 13 edges.
const FIXTURE = read('../fixtures/flows/good/business-hours-menu.json');
const fixture = JSON.parse(FIXTURE) as Doc;
const entryOf = (doc: Doc) => doc.nodes.find((n) => n.type === 'incoming-call')?.id ?? '';

const DESIGNER = '.designer-canvas';
const CALL = '.call-canvas';
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The zoom is at least the readable one and no text of a step is under 11 px on screen. */
async function expectReadable(page: Page, root: string) {
  expect(await canvasZoom(page, root)).toBeGreaterThanOrEqual(READABLE_ZOOM - 1e-6);
  expect(await smallestTextPx(page, root)).toBeGreaterThanOrEqual(11);
}

/** Zooms out until every step is drawn, waits for every edge to follow its route, then checks none runs under a step. */
async function expectEdgesInTheOpen(page: Page, root: string, doc: Doc) {
  await zoomOutToAll(page, root, doc.nodes.length);
  await expect
    .poll(async () => (await drawnEdges(page, root)).filter((e) => e.routed).length)
    .toBe(doc.edges.length);
  expect(await edgesUnderSteps(page, root)).toEqual([]);
}

const fitButton = (page: Page, root: string) =>
  page.locator(root).getByRole('button', { name: 'Fit the flow' });

describe.each(VIEWPORTS)('the canvas at $width x $height', (viewport) => {
  const size = `${viewport.width}x${viewport.height}`;

  it('opens the demo flow readable, from its entry, with no edge under a step', async () => {
    const page = await signedIn(browser, app.url, '/flows', viewport);
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    await page.locator(`${DESIGNER} .react-flow__node`).first().waitFor();
    await expect.poll(() => stepOnScreen(page, DESIGNER, entryOf(demo))).toBe(true);
    await expectReadable(page, DESIGNER);
    await screenshot(page, `canvas-demo-${size}-open`);

    await expectEdgesInTheOpen(page, DESIGNER, demo);
    await screenshot(page, `canvas-demo-${size}-whole`);
    await fitButton(page, DESIGNER).click();
    await expect
      .poll(() => canvasZoom(page, DESIGNER))
      .toBeGreaterThanOrEqual(READABLE_ZOOM - 1e-6);
    await expectReadable(page, DESIGNER);
    expect(await stepOnScreen(page, DESIGNER, entryOf(demo))).toBe(true);
    await screenshot(page, `canvas-demo-${size}-fit`);
    await page.close();
  });

  it('shows the largest fixture readable, and auto-layout keeps its edges in the open', async () => {
    const page = await browser.newPage({ viewport });
    await openNewFlow(page, app.url, `Fixture ${size}`);
    await page.locator('.designer-toolbar input[type="file"]').setInputFiles({
      name: 'business-hours-menu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(FIXTURE),
    });
    await expect.poll(() => nodeIds(page)).toContain(entryOf(fixture));
    await expect.poll(() => stepOnScreen(page, DESIGNER, entryOf(fixture))).toBe(true);
    await expectReadable(page, DESIGNER);
    await screenshot(page, `canvas-fixture-${size}-open`);
    await expectEdgesInTheOpen(page, DESIGNER, fixture);
    await fitButton(page, DESIGNER).click();
    await expect
      .poll(() => canvasZoom(page, DESIGNER))
      .toBeGreaterThanOrEqual(READABLE_ZOOM - 1e-6);
    await expectReadable(page, DESIGNER);
    await screenshot(page, `canvas-fixture-${size}-fit`);

    await page.getByRole('button', { name: 'Auto-layout' }).click();
    await expect.poll(() => stepOnScreen(page, DESIGNER, entryOf(fixture))).toBe(true);
    await expectReadable(page, DESIGNER);
    await screenshot(page, `canvas-fixture-${size}-laid-out`);
    await expectEdgesInTheOpen(page, DESIGNER, fixture);
    await page.close();
  });

  it('lays out steps connected to nothing where they can be seen', async () => {
    const page = await browser.newPage({ viewport });
    await openNewFlow(page, app.url, `Loose ${size}`);
    for (const kind of ['play-message', 'voicemail', 'ring-users']) {
      await page.locator(`.palette-item[data-kind="${kind}"]`).focus();
      await page.keyboard.press('Enter');
    }
    // Added near the middle, then beside each other: some off screen, so counted on the minimap.
    await expect.poll(() => page.locator('.react-flow__minimap-node').count()).toBe(4);
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    await expect.poll(() => stepsOffScreen(page, DESIGNER)).toEqual([]);
    expect(await nodeIds(page)).toHaveLength(4);
    await expectReadable(page, DESIGNER);
    await screenshot(page, `canvas-loose-${size}-laid-out`);
    await page.close();
  });
});

describe('the call page', () => {
  it("draws the call's path readable, with no edge under a step", async () => {
    await playVoicemailCall(app, '+14155550199');
    const page = await signedIn(browser, app.url, '/calls', VIEWPORTS[1]);
    await page.getByRole('row').filter({ hasText: '+14155550199' }).getByRole('link').click();
    await page.locator('.path-node.visited').first().waitFor();
    await expect.poll(() => stepOnScreen(page, CALL, entryOf(demo))).toBe(true);
    await expectReadable(page, CALL);
    await screenshot(page, 'canvas-call-path-open');
    await expectEdgesInTheOpen(page, CALL, demo);
    await screenshot(page, 'canvas-call-path-whole');
    await fitButton(page, CALL).click();
    await expect.poll(() => canvasZoom(page, CALL)).toBeGreaterThanOrEqual(READABLE_ZOOM - 1e-6);
    await expectReadable(page, CALL);
    await page.close();
  });
});
