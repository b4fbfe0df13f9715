import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './browser.js';

// Every browser test also proves the web app runs under the server's Content-Security-Policy.
afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
