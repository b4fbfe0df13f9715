import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ringflowCommand } from '../../server/test/support/ringflow-command.js';
import { signedIn, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';
import { stepOnScreen, zoomOutToAll } from './canvas-geometry.js';
import { playVoicemailCall } from './demo-call.js';
import { exportedFile, selectNode } from './designer-page.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
const files = mkdtempSync(join(tmpdir(), 'ringflow-sim-e2e-'));
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  rmSync(files, { recursive: true, force: true });
});

/**
 * Exports the flow and its scenarios from the designer into `files`, and runs
 * `pnpm ringflow scenarios` on them as a team's CI would.
 */
async function scenariosInCi(page: Page) {
  const panel = page.getByRole('region', { name: 'Scenarios' });
  const flow = await exportedFile(page);
  const scenarios = await exportedFile(page, panel.getByRole('button', { name: 'Export' }));
  expect(scenarios.filename).toBe(flow.filename.replace('.ringflow.json', '.scenarios.json'));
  writeFileSync(join(files, flow.filename), flow.text);
  writeFileSync(join(files, scenarios.filename), scenarios.text);
  const schedules = join(files, 'schedules.json');
  const reply = await fetch(`${app.url}/api/schedules`, {
    headers: { cookie: await cookie(page) },
  });
  writeFileSync(schedules, await reply.text());
  return ringflowCommand(['scenarios', join(files, flow.filename), '--schedules', schedules]);
}

async function cookie(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

async function openDemoFlow(): Promise<Page> {
  const page = await signedIn(browser, app.url, '/', { width: 1440, height: 900 });
  await page.getByRole('link', { name: 'Demo: small office' }).click();
  await page.locator('.react-flow__node').first().waitFor();
  // The flow opens readable, from its entry: zoomed out, every step is drawn to be traced.
  await zoomOutToAll(page, '.designer-canvas');
  return page;
}

/** Starts a simulated call from the setup form at a local time in New York. */
async function callAt(page: Page, date: string, time: string): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Simulator' });
  await panel.getByLabel('Date').fill(date);
  await panel.getByLabel('Time', { exact: true }).fill(time);
  await panel.getByLabel('Time zone').selectOption('America/New_York');
  await panel.getByRole('button', { name: 'Start call' }).click();
  await page.locator('.flow-node.sim-current, .sim-line.end').first().waitFor();
}

const traced = (page: Page) =>
  page
    .locator('.flow-node.sim-passed, .flow-node.sim-current')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')?.replace('node-', '')));
const current = (page: Page) => page.locator('.flow-node.sim-current').getAttribute('data-testid');
const takenEdges = (page: Page) =>
  page
    .locator('.react-flow__edge.sim-taken')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));

describe('simulate mode', () => {
  it('traces a weekday and a Saturday night call, a menu key and a voicemail', async () => {
    const page = await openDemoFlow();
    await page.getByRole('button', { name: 'Simulate' }).click();
    const panel = page.getByRole('complementary', { name: 'Simulator' });
    await expect.poll(() => panel.getByLabel("Caller's number").inputValue()).toBe('+14155550123');

    // Monday 10:00 in New York: the office is open, so the team rings.
    await callAt(page, '2026-11-23', '10:00');
    expect(await current(page)).toBe('node-ring-team');
    expect((await traced(page)).sort()).toEqual(['hours', 'ring-team', 'start']);
    expect(await takenEdges(page)).toContain('hours--open--ring-team');
    await expect
      .poll(() => panel.locator('.sim-transcript').textContent())
      .toMatch(/Ringing Alice and Bob for 25 s/);
    const offered = await panel.locator('.sim-events button').allTextContents();
    expect(offered).toEqual(['Answered', 'No answer', 'Busy', 'Call failed', 'Hang up']);
    await screenshot(page, 'simulator-weekday');

    // Saturday 22:00: closed, so the after-hours menu answers instead.
    await panel.getByRole('button', { name: 'New call' }).click();
    await callAt(page, '2026-11-28', '22:00');
    expect(await current(page)).toBe('node-after-hours-menu');
    expect((await traced(page)).sort()).toEqual(['after-hours-menu', 'hours', 'start']);
    expect(await takenEdges(page)).not.toContain('hours--open--ring-team');

    const keypad = panel.getByRole('group', { name: 'Key pad' });
    expect(await keypad.getByRole('button').allTextContents()).toEqual(['1', '2', 'Wrong key']);
    await keypad.getByRole('button', { name: '2', exact: true }).click();
    await expect.poll(() => current(page)).toBe('node-our-hours');
    await panel.getByRole('button', { name: 'Step back' }).click();
    await expect.poll(() => current(page)).toBe('node-after-hours-menu');

    await keypad.getByRole('button', { name: '1', exact: true }).click();
    await expect.poll(() => current(page)).toBe('node-voicemail');
    await panel.getByRole('button', { name: 'Leave a 20 s voicemail' }).click();
    const outcome = panel.getByRole('region', { name: 'Outcome' });
    await expect.poll(() => outcome.locator('.sim-result').textContent()).toMatch(/^voicemail/);
    await expect
      .poll(() => outcome.locator('.sim-reply-text').textContent())
      .toMatch(/Acme Plumbing/);
    expect(await outcome.textContent()).toMatch(/After-hours text/);
    expect(await outcome.textContent()).toMatch(
      /Guards of Main line \(\+14155550100\): cooldown 3 h, conversation 3 h/,
    );
    expect(await page.locator('.flow-node.sim-current').count()).toBe(0);
    expect(await traced(page)).toContain('voicemail');
    const edges = await takenEdges(page);
    expect(edges).toContain('after-hours-menu--1--voicemail');
    expect(edges).not.toContain('after-hours-menu--no-input--voicemail');
    await screenshot(page, 'simulator-saturday-voicemail');

    // Leaving simulate mode clears the canvas and brings the settings back.
    await page.getByRole('button', { name: 'Simulate' }).click();
    expect(await page.locator('.flow-node.sim-passed').count()).toBe(0);
    await page.getByRole('complementary', { name: 'Settings' }).waitFor();
    await page.close();
  });

  it("moves the call's clock step by step and says why business hours went the way they did", async () => {
    const page = await openDemoFlow();
    await page.getByRole('button', { name: 'Simulate' }).click();
    const panel = page.getByRole('complementary', { name: 'Simulator' });
    // No zone chosen: the time is read in the zone of the schedule Office hours follows.
    expect(await panel.getByLabel('Time zone').inputValue()).toBe('America/New_York');
    expect(await panel.locator('.sim-zone').textContent()).toBe(
      'The zone of Weekdays 9-17, which Office hours follows.',
    );
    await panel.getByLabel('Date').fill('2026-11-27');
    await panel.getByLabel('Time', { exact: true }).fill('16:59');
    await panel.getByRole('button', { name: 'Start call' }).click();
    const transcript = panel.locator('.sim-transcript');
    await expect
      .poll(() => transcript.textContent())
      .toMatch(/\+0 s Office hours: open: Friday 16:59 in Weekdays 9-17/);
    await panel.getByRole('button', { name: 'No answer' }).click();
    await expect.poll(() => transcript.textContent()).toMatch(/\+25 s No answer \(after 25 s\)/);
    await panel.getByRole('button', { name: 'Leave a 20 s voicemail' }).click();
    await expect
      .poll(() => transcript.textContent())
      .toMatch(/\+52 s Left a 20 s message \(after 27 s\)/);
    const outcome = panel.getByRole('region', { name: 'Outcome' });
    expect(await outcome.locator('.sim-result').textContent()).toBe(
      'voicemail; text sent by step "Thanks for the message"',
    );
    await screenshot(page, 'simulator-clock-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'simulator-clock-1280');

    // Saturday: the reason names the day and says the call is outside the hours.
    await panel.getByRole('button', { name: 'New call' }).click();
    await panel.getByLabel('Date').fill('2026-11-28');
    await panel.getByLabel('Time', { exact: true }).fill('11:00');
    await panel.getByRole('button', { name: 'Start call' }).click();
    await expect
      .poll(() => transcript.textContent())
      .toMatch(/Office hours: closed: Saturday 11:00, outside Weekdays 9-17/);
    await page.close();
  });

  it('saves a run as a scenario, sees it fail after a change and asks before publishing', async () => {
    const page = await openDemoFlow();
    await page.getByRole('button', { name: 'Simulate' }).click();
    const panel = page.getByRole('complementary', { name: 'Simulator' });
    await callAt(page, '2026-11-28', '22:00');
    const keypad = panel.getByRole('group', { name: 'Key pad' });
    await keypad.getByRole('button', { name: '2', exact: true }).click();
    await panel.getByLabel('Seconds before the next event').fill('15');
    await panel.getByRole('button', { name: 'Message played' }).click();
    await keypad.getByRole('button', { name: '1', exact: true }).click();
    await panel.getByRole('button', { name: 'Leave a 20 s voicemail' }).click();
    await expect
      .poll(() => panel.locator('.sim-transcript').textContent())
      .toMatch(/Message played \(after 15 s\)/);

    const scenarios = panel.getByRole('region', { name: 'Scenarios' });
    await scenarios.getByLabel('Scenario name').fill('Saturday night: hours, then voicemail');
    await scenarios.getByRole('button', { name: 'Save as scenario' }).click();
    const item = scenarios.locator('.sim-scenario-list li', { hasText: 'Saturday night' });
    await item.waitFor();
    await scenarios.getByRole('button', { name: 'Run all' }).click();
    await expect.poll(() => item.getAttribute('class'), { timeout: 15_000 }).toBe('passed');
    await expect
      .poll(() => scenarios.getByLabel('Coverage').textContent())
      .toMatch(/cover 6 of 9 nodes and \d+ of \d+ outcomes/);
    const passing = await scenariosInCi(page);
    expect(passing.stdout).toMatch(
      /^PASS Saturday night: hours, then voicemail\n1 passed, 0 failed/,
    );
    expect(passing.status).toBe(0);

    // The opening hours go: the saved call no longer goes that way.
    await page.getByRole('button', { name: 'Simulate' }).click();
    await selectNode(page, 'our-hours');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('[data-testid="node-our-hours"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Simulate' }).click();
    // The call stepped before the change still shows, and says it ran the old draft.
    await panel.getByText('The draft has changed since this call started').waitFor();
    await scenarios.getByRole('button', { name: 'Run all' }).click();
    await expect.poll(() => item.getAttribute('class'), { timeout: 15_000 }).toBe('failed');
    expect(await item.locator('.sim-difference').textContent()).toBeTruthy();
    await screenshot(page, 'simulator-scenario-failing');
    const failing = await scenariosInCi(page);
    expect(failing.stdout).toMatch(/^FAIL Saturday night: hours, then voicemail: /);
    expect(failing.status).toBe(1);

    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('What changed?').fill('No more opening hours message');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    const failingList = dialog.getByRole('list', { name: 'Failing scenarios' });
    await expect.poll(() => failingList.textContent()).toMatch(/Saturday night/);
    await screenshot(page, 'simulator-publish-failing');
    await dialog.getByRole('button', { name: 'Publish anyway' }).click();
    await expect
      .poll(() => page.locator('.designer-notice').textContent())
      .toMatch(/Revision 2 published/);
    await page.close();
  });

  it('replays a real call from the call log against the draft', async () => {
    await playVoicemailCall(app, '+14155550166');
    const page = await openDemoFlow();
    await page.getByRole('link', { name: 'Call log' }).click();
    const row = page.getByRole('row').filter({ hasText: '+14155550166' });
    await row.getByRole('link').click();
    await page.getByRole('link', { name: 'Replay against the draft' }).click();

    const replay = page.getByRole('region', { name: 'Replay' });
    await expect.poll(() => replay.textContent()).toMatch(/The call went: .*Voicemail/);
    expect(await replay.textContent()).toMatch(/The draft takes it: .*Voicemail/);
    // Whatever else changed in the draft, this call's way (ringing or key 1, then
    // voicemail) is still there, so the draft takes it the same way.
    expect(await replay.locator('.sim-replay-verdict').textContent()).toBe(
      'Same path and outcome as the real call.',
    );
    await zoomOutToAll(page, '.designer-canvas');
    expect(await traced(page)).toContain('voicemail');
    await screenshot(page, 'simulator-replay');
    await page.close();
  });

  it('brings the step the call reaches into view when it is off the screen', async () => {
    // The flow opens at a readable zoom, not shrunk to fit it all.
    const page = await signedIn(browser, app.url, '/', { width: 1440, height: 900 });
    await page.getByRole('link', { name: 'Demo: small office' }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: 'Simulate' }).click();
    await callAt(page, '2026-11-28', '22:00');
    expect(await current(page)).toBe('node-after-hours-menu');

    // The tester looks elsewhere: closer in, and the canvas dragged away from the voicemail step.
    const canvas = page.locator('.designer-canvas .react-flow');
    for (let i = 0; i < 3; i++) {
      await page.locator('.designer-canvas').getByRole('button', { name: 'Zoom In' }).click();
    }
    const frame = await canvas.boundingBox();
    if (!frame) throw new Error('no canvas');
    const middle = { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 };
    await page.mouse.move(middle.x, middle.y);
    await page.mouse.down();
    await page.mouse.move(middle.x + frame.width * 0.45, middle.y + frame.height * 0.4, {
      steps: 10,
    });
    await page.mouse.up();
    const inFrame = () => stepOnScreen(page, '.designer-canvas', 'voicemail');
    expect(await inFrame()).toBe(false);

    const panel = page.getByRole('complementary', { name: 'Simulator' });
    await panel
      .getByRole('group', { name: 'Key pad' })
      .getByRole('button', { name: '1', exact: true })
      .click();
    await expect.poll(inFrame).toBe(true);
    expect(await current(page)).toBe('node-voicemail');
    await page.close();
  });
});
