import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Content-Security-Policy violations reported by any page since the last `takeCspViolations()`. */
const violations: string[] = [];

/**
 * What pages reported against the server's Content-Security-Policy since the
 * last call; test/e2e/setup.ts expects none after every browser test.
 */
export function takeCspViolations(): string[] {
  return violations.splice(0);
}

async function watchCsp(context: BrowserContext): Promise<void> {
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

/**
 * Debian's Chromium, headless, with nothing reaching out to the network;
 * `extraArgs` add switches (a fake microphone for recording tests). Every
 * page it opens reports CSP violations (see `takeCspViolations`).
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const browser = await launch(extraArgs);
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await watchCsp(context);
    return context;
  };
  // `newPage` opens its own context, which the watch above never sees.
  browser.newPage = async (options) => (await browser.newContext(options)).newPage();
  return browser;
}

function launch(extraArgs: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/** Saves what the page shows under test/artifacts/, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: false });
}
