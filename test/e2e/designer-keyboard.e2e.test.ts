import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { nodeIds, openNewFlow } from './designer-page.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Presses Tab until the element with the focus matches `selector`, as a keyboard user does. */
async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Adds a step from the palette with Tab and Enter; returns its id. */
async function addWithKeyboard(page: Page, kind: string): Promise<string> {
  const before = await nodeIds(page);
  await tabTo(page, `.palette-item[data-kind="${kind}"]`);
  await page.keyboard.press('Enter');
  // Looked for by id: a step the view moved away from leaves the DOM as the new one enters it.
  const newcomer = async () => (await nodeIds(page)).find((id) => !before.includes(id));
  await expect.poll(newcomer).toBeTruthy();
  const added = await newcomer();
  if (!added) throw new Error(`adding ${kind} added no step`);
  return added;
}

/** Whether a step's whole box is on the part of the canvas the admin sees. */
async function inVisibleCanvas(page: Page, id: string): Promise<boolean> {
  const canvas = await page.locator('.designer-canvas').boundingBox();
  const node = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!canvas || !node) return false;
  return (
    node.x >= canvas.x &&
    node.y >= canvas.y &&
    node.x + node.width <= canvas.x + canvas.width &&
    node.y + node.height <= canvas.y + canvas.height
  );
}

const handle = (node: string, outcome: string) =>
  `.react-flow__node[data-id="${node}"] .react-flow__handle[data-handleid="${outcome}"]`;
const edge = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('wiring a flow with the keyboard', () => {
  it('adds steps in view, connects them with "Then go to", changes one and undoes it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openNewFlow(page, app.url, 'Keyboard');
    const [entry] = await nodeIds(page);
    if (!entry) throw new Error('a new flow has its entry');

    const ring = await addWithKeyboard(page, 'ring-users');
    await expect.poll(() => inVisibleCanvas(page, ring)).toBe(true);
    await tabTo(page, '.designer-settings input');
    await page.keyboard.type('Sales');
    const voicemail = await addWithKeyboard(page, 'voicemail');
    // With no room left in view, it goes beside the others and the view follows it.
    await expect.poll(() => inVisibleCanvas(page, voicemail)).toBe(true);
    // The second step does not cover the first.
    const [a, b] = await Promise.all(
      [ring, voicemail].map((id) =>
        page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox(),
      ),
    );
    if (!a || !b) throw new Error('both steps are drawn');
    expect(
      a.y + a.height <= b.y ||
        b.y + b.height <= a.y ||
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x,
    ).toBe(true);

    // Enter on the entry's outcome handle opens its "Then go to", which lists the other steps.
    await tabTo(page, handle(entry, 'next'));
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(`goto-${entry}-next`);
    const entryOptions = await page.locator(`#goto-${entry}-next option`).allTextContents();
    expect(entryOptions).toEqual(['Hang up (not connected)', 'Ring users "Sales"', 'Voicemail']);
    await page.keyboard.type('Ring');
    await edge(page, `${entry}:next`).waitFor({ state: 'attached' });
    expect(await edge(page, `${entry}:next`).getAttribute('aria-label')).toContain(ring);

    await tabTo(page, handle(ring, 'no-answer'));
    expect(
      await page
        .locator(handle(ring, 'no-answer'))
        .evaluate((el) => getComputedStyle(el).outlineStyle),
    ).toBe('solid');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(`goto-${ring}-no-answer`);
    // The entry is never offered: nothing goes back into the incoming call.
    expect(await page.locator(`#goto-${ring}-no-answer option`).allTextContents()).toEqual([
      'Hang up (not connected)',
      'Voicemail',
    ]);
    await page.keyboard.type('Voi');
    await edge(page, `${ring}:no-answer`).waitFor({ state: 'attached' });
    expect(await edge(page, `${ring}:no-answer`).getAttribute('aria-label')).toContain(voicemail);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
    // Checked again: the findings no longer call these outcomes unconnected.
    await expect
      .poll(() => page.locator('.designer-findings').textContent())
      .not.toMatch(/"No answer" is not connected|"Call starts" is not connected/);
    await screenshot(page, 'designer-then-go-to');

    // Changing the outcome back to "not connected" removes the edge; one undo brings it back.
    await page.keyboard.press('Home');
    await expect.poll(() => edge(page, `${ring}:no-answer`).count()).toBe(0);
    await page.keyboard.press('Tab'); // out of the select, whose keys are its own
    await page.keyboard.press('Control+z');
    await edge(page, `${ring}:no-answer`).waitFor({ state: 'attached' });
    expect(await page.locator(`#goto-${ring}-no-answer`).inputValue()).toBe(voicemail);
    expect(await edge(page, `${entry}:next`).count()).toBe(1);

    // Edges and steps show where the focus is; Delete removes the focused edge.
    await tabTo(page, `.react-flow__edge[data-id="${ring}:no-answer"]`);
    const stroke = await edge(page, `${ring}:no-answer`)
      .locator('.react-flow__edge-path')
      .evaluate((el) => getComputedStyle(el).stroke);
    expect(stroke).toBe('rgb(217, 119, 6)');
    await screenshot(page, 'designer-edge-focused');
    await page.keyboard.press('Delete');
    await expect.poll(() => edge(page, `${ring}:no-answer`).count()).toBe(0);
    expect(await edge(page, `${entry}:next`).count()).toBe(1);

    await tabTo(page, `.react-flow__node[data-id="${voicemail}"]`);
    const outline = await page
      .locator(`.react-flow__node[data-id="${voicemail}"]`)
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.close();
  });
});
