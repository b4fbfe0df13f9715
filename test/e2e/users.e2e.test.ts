/**
 * Accounts in the app: an owner adds a user with a first password, changes
 * their role and removes them; an admin does not see the page and the API
 * refuses them. And phone numbers typed as people write them, in a team
 * member's addresses.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, signedIn, startAppServer } from './app-server.js';
import { launchBrowser, screenshot } from './browser.js';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer({ demo: true })]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const ANN = { name: 'Ann Admin', email: 'ann@example.com', password: 'ann-first-password' };

/** The row of the users table for `name`. */
const rowOf = (page: Page, name: string) => page.getByRole('row', { name });

async function signIn(email: string, password: string, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${app.url}${path}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

describe('the Users page', () => {
  it('lets an owner add a user, change their role and remove them', async () => {
    const page = await signedIn(browser, app.url, '/users', { width: 1440, height: 900 });
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    const me = page.getByRole('row').filter({ hasText: ADMIN.email });
    await me.getByText(ADMIN.email).waitFor();
    // The only owner can be neither demoted nor removed, and has just signed in.
    expect(await me.getByLabel(/^Role of/).isDisabled()).toBe(true);
    expect(await me.getByRole('button', { name: 'Remove' }).count()).toBe(0);
    expect(await me.getByText('Not yet').count()).toBe(0);

    await page.getByRole('button', { name: 'Add user' }).click();
    const form = page.getByRole('form', { name: 'Add user' });
    await form.getByRole('button', { name: 'Add user' }).click();
    await form.getByText('Give a name').waitFor();
    await form.getByText('Use at least 8 characters').waitFor();

    // An e-mail already used: the server's 409 lands under the e-mail field.
    await form.getByLabel('Name').fill(ANN.name);
    await form.getByLabel('E-mail').fill(ADMIN.email.toUpperCase());
    await form.getByLabel('Initial password').fill(ANN.password);
    await form.getByRole('button', { name: 'Add user' }).click();
    await form
      .locator('.field.invalid', { has: page.getByLabel('E-mail') })
      .getByText(`An account with e-mail ${ADMIN.email.toUpperCase()} exists`)
      .waitFor();

    await form.getByLabel('E-mail').fill(ANN.email);
    expect(await form.getByLabel('Role').inputValue()).toBe('admin');
    await form.getByRole('button', { name: 'Add user' }).click();
    const ann = rowOf(page, ANN.name);
    await ann.getByText('Not yet').waitFor();
    expect(await ann.getByLabel(`Role of ${ANN.name}`).inputValue()).toBe('admin');
    await screenshot(page, 'users-1440');

    // Ann signs in with the password the owner passed on, as an admin: no Users page for her.
    const annPage = await signIn(ANN.email, ANN.password, '/users');
    await annPage.getByRole('heading', { name: 'Flows' }).waitFor();
    const nav = annPage.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Team' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    const refused = await annPage.evaluate(async () => (await fetch('/api/users')).status);
    expect(refused).toBe(403);
    await annPage.close();

    // Made owner, which the server keeps after a reload; then back to admin.
    await ann.getByLabel(`Role of ${ANN.name}`).selectOption('owner');
    await expect.poll(() => me.getByLabel(/^Role of/).isDisabled()).toBe(false);
    await page.reload();
    expect(await rowOf(page, ANN.name).getByLabel(`Role of ${ANN.name}`).inputValue()).toBe(
      'owner',
    );
    // Ann signed in since: the list says when.
    expect(await rowOf(page, ANN.name).getByText('Not yet').count()).toBe(0);
    await rowOf(page, ANN.name).getByLabel(`Role of ${ANN.name}`).selectOption('admin');
    await expect.poll(() => me.getByLabel(/^Role of/).isDisabled()).toBe(true);

    await rowOf(page, ANN.name).getByRole('button', { name: 'Remove' }).click();
    await rowOf(page, ANN.name).getByText(`Remove ${ANN.name}?`, { exact: false }).waitFor();
    await rowOf(page, ANN.name).getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => rowOf(page, ANN.name).count()).toBe(0);
    await page.reload();
    await me.waitFor();
    expect(await rowOf(page, ANN.name).count()).toBe(0);
    await page.close();
  });

  it('shows each user as a card on a phone, and lets an owner step down to admin', async () => {
    const page = await signedIn(browser, app.url, '/users', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Add user' }).click();
    const form = page.getByRole('form', { name: 'Add user' });
    await form.getByLabel('Name').fill('Bob Owner');
    await form.getByLabel('E-mail').fill('bob@example.com');
    await form.getByLabel('Role').selectOption('owner');
    await form.getByLabel('Initial password').fill('bob-first-password');
    await form.getByRole('button', { name: 'Add user' }).click();
    await rowOf(page, 'Bob Owner').getByText('bob@example.com').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'users-390');

    // With Bob an owner too, the signed-in owner may make themselves admin: the page goes.
    const me = page.getByRole('row').filter({ hasText: ADMIN.email });
    await me.getByLabel(/^Role of/).selectOption('admin');
    await page.getByRole('heading', { name: 'Flows' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Users' }).count()).toBe(0);
    await page.close();
  });
});

describe('a team member address typed as people write numbers', () => {
  it('shows "(415) 555-0101" as +14155550101, refuses it twice, and stores it', async () => {
    const page = await signedIn(browser, app.url, '/team');
    await page.getByRole('heading', { name: 'Team' }).waitFor();
    await page.getByRole('button', { name: 'Add member' }).click();
    const form = page.getByRole('form', { name: 'Add member' });
    await form.getByLabel('Name').fill('Dana');
    await form.getByLabel('Address 1', { exact: true }).fill('(415) 555-0101');
    await form.getByLabel('Name').click();
    expect(await form.getByLabel('Address 1', { exact: true }).inputValue()).toBe('+14155550101');

    await form.getByRole('button', { name: 'Add address' }).click();
    await form.getByLabel('Address 2', { exact: true }).fill('415-555-0101');
    await form.getByRole('button', { name: 'Save member' }).click();
    await form
      .locator('.row.invalid', { has: page.getByLabel('Address 2', { exact: true }) })
      .getByText('+14155550101 is already address 1')
      .waitFor();
    await screenshot(page, 'member-duplicate-address');

    await form.getByLabel('Address 2', { exact: true }).fill('sip:dana@example.com');
    await form.getByRole('button', { name: 'Save member' }).click();
    const row = page.getByRole('row', { name: 'Dana' });
    await row.getByText('+14155550101').waitFor();
    await row.getByText('sip:dana@example.com').waitFor();
    await page.close();
  });
});
