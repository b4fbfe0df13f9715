/**
 * @module
 * What a React Flow canvas shows, measured in the page: its zoom, the
 * smallest text of its steps on screen, edges that pass under steps, steps
 * outside the frame. `root` is a CSS selector of the canvas's container.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Clicks the canvas's Zoom Out until all its steps are drawn: a flow opens at
 * a readable zoom, and steps out of view are not in the DOM. Without `count`,
 * all is what the minimap draws (it draws every step).
 */
export async function zoomOutToAll(page: Page, root: string, count?: number): Promise<void> {
  const steps = page.locator(`${root} .react-flow__node`);
  const drawnInMinimap = page.locator(`${root} .react-flow__minimap-node`);
  if (count === undefined) await drawnInMinimap.first().waitFor();
  const all = count ?? (await drawnInMinimap.count());
  for (let i = 0; i < 10 && (await steps.count()) < all; i++) {
    await page.locator(root).getByRole('button', { name: 'Zoom Out' }).click();
  }
  await expect.poll(() => steps.count()).toBe(all);
}

/** The canvas's zoom, from the transform React Flow puts on its viewport. */
export function canvasZoom(page: Page, root: string): Promise<number> {
  return page.evaluate((root) => {
    const viewport = document.querySelector(`${root} .react-flow__viewport`);
    if (!viewport) throw new Error(`no canvas in ${root}`);
    return new DOMMatrix(getComputedStyle(viewport).transform).a;
  }, root);
}

/** The smallest on-screen font size, in CSS px, of any text inside the canvas's steps. */
export function smallestTextPx(page: Page, root: string): Promise<number> {
  return page.evaluate((root) => {
    const viewport = document.querySelector(`${root} .react-flow__viewport`);
    if (!viewport) throw new Error(`no canvas in ${root}`);
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    let smallest = Number.POSITIVE_INFINITY;
    for (const el of document.querySelectorAll(`${root} .react-flow__node *`)) {
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (ownText)
        smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(el).fontSize) * zoom);
    }
    return smallest;
  }, root);
}

/**
 * "edge e crosses node n" for every edge drawn in the canvas whose path
 * passes inside a step's box (borders excluded), sampled every 2 px with
 * `getPointAtLength`, in flow coordinates. Only what is in the DOM is checked:
 * zoom out first so that every step and edge is drawn.
 */
export function edgesUnderSteps(page: Page, root: string): Promise<string[]> {
  return page.evaluate((root) => {
    const boxes = [...document.querySelectorAll<HTMLElement>(`${root} .react-flow__node`)].map(
      (el) => {
        const m = new DOMMatrix(getComputedStyle(el).transform);
        return {
          id: el.dataset.id ?? '',
          x: m.e,
          y: m.f,
          width: el.offsetWidth,
          height: el.offsetHeight,
        };
      },
    );
    const found: string[] = [];
    for (const edge of document.querySelectorAll<SVGGElement>(`${root} .react-flow__edge`)) {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      if (!path) continue;
      const length = path.getTotalLength();
      const crossed = new Set<string>();
      for (let at = 0; at <= length; at += 2) {
        const p = path.getPointAtLength(at);
        for (const b of boxes) {
          if (
            p.x > b.x + 1 &&
            p.x < b.x + b.width - 1 &&
            p.y > b.y + 1 &&
            p.y < b.y + b.height - 1
          ) {
            crossed.add(b.id);
          }
        }
      }
      for (const id of crossed) found.push(`edge ${edge.dataset.id} crosses node ${id}`);
    }
    return found;
  }, root);
}

/** Ids of the edges drawn in the canvas and whether each follows its route (data-routed). */
export function drawnEdges(page: Page, root: string): Promise<{ id: string; routed: boolean }[]> {
  return page.evaluate(
    (root) =>
      [...document.querySelectorAll<SVGGElement>(`${root} .react-flow__edge`)].map((edge) => ({
        id: edge.dataset.id ?? '',
        routed:
          edge.querySelector('path.react-flow__edge-path')?.getAttribute('data-routed') === 'true',
      })),
    root,
  );
}

/** Ids of the steps drawn in the canvas that are not wholly inside its frame. */
export function stepsOffScreen(page: Page, root: string): Promise<string[]> {
  return page.evaluate((root) => {
    const frame = document.querySelector(`${root} .react-flow`)?.getBoundingClientRect();
    if (!frame) throw new Error(`no canvas in ${root}`);
    return [...document.querySelectorAll<HTMLElement>(`${root} .react-flow__node`)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.left < frame.left ||
          r.top < frame.top ||
          r.right > frame.right ||
          r.bottom > frame.bottom
        );
      })
      .map((el) => el.dataset.id ?? '');
  }, root);
}

/** Whether the step `id` is drawn wholly inside the canvas's frame. */
export async function stepOnScreen(page: Page, root: string, id: string): Promise<boolean> {
  const drawn = await page.locator(`${root} .react-flow__node[data-id="${id}"]`).count();
  return drawn === 1 && !(await stepsOffScreen(page, root)).includes(id);
}
