/**
 * @module
 * Zod compiles fast parsers with `new Function` after probing whether
 * `Function('')` is allowed. The web app's Content-Security-Policy has no
 * 'unsafe-eval', so in the browser the probe is refused and reported as a
 * CSP violation on every page. The browser turns the compiler off instead;
 * the server keeps it.
 */
import { z } from 'zod';

/**
 * Makes zod parse without generated code (and without probing for it). Call
 * it before anything is parsed.
 *
 * @example
 * zodWithoutEval(); // first thing in web/src/main.tsx
 */
export function zodWithoutEval(): void {
  z.config({ jitless: true });
}
