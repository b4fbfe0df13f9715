/**
 * @module
 * The web app as a person meets it, in headless Chromium against the running
 * server: the JavaScript the sign-in and flows pages make the browser load
 * (gzipped here with zlib, whatever the server sends), then a large flow in
 * the designer: time until the canvas shows its first node, and frame times
 * (requestAnimationFrame deltas collected in the page) while panning the
 * canvas and dragging a node, as a mouse does it. `pnpm bench`
 * (server/bench/run.ts) loads it; it lives with the browser tests' helpers,
 * whose typecheck knows the DOM and playwright-core.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response as PageResponse } from 'playwright-core';
import { chainFlow } from '../../flow-runtime/test/large-flows.js';
import type { FrameFigures, WebFigures } from '../../server/bench/report.js';
import { launchBrowser } from './browser.js';

/** `sorted[p%]`, as server/bench/calls.ts reads percentiles. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** A flow of `size` nodes laid out in rows, as someone who drew it would. */
function gridFlow(size: number) {
  const flow = chainFlow(size);
  const columns = Math.ceil(Math.sqrt(size));
  flow.nodes.forEach((node, i) => {
    node.position = { x: (i % columns) * 320, y: Math.floor(i / columns) * 220 };
  });
  return { ...flow, name: `Bench: ${size} nodes` };
}

/** fetch, tried again once: a kept-alive socket the server just closed fails the first try. */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** Signs in through the API and creates the flow; returns its id. */
async function createFlow(url: string, admin: { email: string; password: string }, size: number) {
  const login = await send(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify(admin),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const document = gridFlow(size);
  const created = await send(`${url}/api/flows`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Origin: url,
      Cookie: cookie,
      'X-CSRF-Token': csrfToken,
    },
    body: JSON.stringify({ name: document.name, document }),
  });
  if (!created.ok) throw new Error(`creating the flow: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { id: string }).id;
}

/** Loads `path` in a page of `context`; returns the page and the gzipped size of every script it loaded. */
async function scriptsOf(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; gzipBytes: number }> {
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  const onResponse = (response: PageResponse) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  page.off('response', onResponse);
  const gzipBytes = (await Promise.all(bodies)).reduce(
    (sum, body) => sum + gzipSync(body).length,
    0,
  );
  return { page, gzipBytes };
}

/** Collects requestAnimationFrame deltas in the page while `gesture` runs. */
async function frames(page: Page, gesture: () => Promise<void>): Promise<FrameFigures> {
  // Scripts go to the page as text: tsx would wrap a function's inner names in a helper the page lacks.
  await page.evaluate(`(() => {
    window.benchFrames = [];
    window.benchStop = false;
    let last = performance.now();
    const tick = (now) => {
      window.benchFrames.push(now - last);
      last = now;
      if (!window.benchStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await gesture();
  const deltas = (await page.evaluate(
    '(() => { window.benchStop = true; return window.benchFrames.slice(1); })()',
  )) as number[];
  const sorted = [...deltas].sort((a, b) => a - b);
  const total = deltas.reduce((sum, d) => sum + d, 0);
  return {
    frames: deltas.length,
    fps: total > 0 ? (1000 * deltas.length) / total : 0,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1) ?? 0,
  };
}

/** Presses at `from`, moves to `to` in `steps` mouse moves a frame apart, releases. */
async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps: number,
) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    await page.mouse.move(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

/**
 * Measures the web app served at `url` with a flow of `size` nodes; `steps`
 * mouse moves per gesture.
 *
 * @example
 * const web = await webFigures(server.url, ADMIN, 500, 120);
 */
export async function webFigures(
  url: string,
  admin: { email: string; password: string },
  size: number,
  steps: number,
  settleMs = 500,
): Promise<WebFigures> {
  const flowId = await createFlow(url, admin, size);
  const browser = await launchBrowser();
  try {
    const viewport = { width: 1280, height: 800 };
    const signIn = await scriptsOf(await browser.newContext({ viewport }), `${url}/`);
    await signIn.page.getByLabel('Email').fill(admin.email);
    await signIn.page.getByLabel('Password').fill(admin.password);
    await signIn.page.getByRole('button', { name: 'Sign in' }).click();
    await signIn.page.getByLabel('New flow name').waitFor();
    // A new context with the session only: the flows page loads its scripts afresh.
    const storageState = await signIn.page.context().storageState();
    const context = await browser.newContext({ viewport, storageState });
    const flows = await scriptsOf(context, `${url}/flows`);

    const page = flows.page;
    const started = Date.now();
    await page.goto(`${url}/flows/${flowId}`);
    await page.locator('.react-flow__node').first().waitFor();
    const firstRenderMs = Date.now() - started;
    await page.waitForTimeout(settleMs);
    const renderedNodes = await page.locator('.react-flow__node').count();

    // A point of the empty canvas between nodes, and a node to drag.
    const pane = (await page.evaluate(`(() => {
      for (let y = 200; y < 700; y += 7) {
        for (let x = 300; x < 1000; x += 7) {
          const hit = document.elementFromPoint(x, y);
          if (hit && hit.classList.contains('react-flow__pane')) return { x, y };
        }
      }
      return null;
    })()`)) as { x: number; y: number } | null;
    if (!pane) throw new Error('no empty canvas to pan from');
    const panning = await frames(page, () =>
      drag(page, pane, { x: pane.x - 300, y: pane.y - 200 }, steps),
    );
    // The node nearest the canvas's centre, dragged 250 px within the canvas: a person moving
    // a node. (Picking the middle one of the rendered nodes once meant a node near the edge,
    // whose drag left the canvas and made React Flow pan the view at every frame.)
    const grip = (await page.evaluate(`(() => {
      const canvas = document.querySelector('.react-flow').getBoundingClientRect();
      const cx = canvas.x + canvas.width / 2;
      const cy = canvas.y + canvas.height / 2;
      let best = null;
      for (const node of document.querySelectorAll('.react-flow__node')) {
        const r = node.getBoundingClientRect();
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        if (!best || d < best.d) best = { x, y, d };
      }
      return best && { x: best.x, y: best.y };
    })()`)) as { x: number; y: number } | null;
    if (!grip) throw new Error('no node to drag');
    const dragging = await frames(page, () =>
      drag(page, grip, { x: grip.x + 200, y: grip.y + 150 }, steps),
    );
    return {
      signInJsGzipBytes: signIn.gzipBytes,
      flowsJsGzipBytes: flows.gzipBytes,
      nodes: size,
      firstRenderMs,
      renderedNodes,
      panning,
      dragging,
    };
  } finally {
    await browser.close();
  }
}
