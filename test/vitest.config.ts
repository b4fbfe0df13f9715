import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One runner for every package: `pnpm test:all` from the repository root. */
export default defineConfig({
  root,
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // Two files at a time, whichever project they belong to: most of a test's time is spent
    // waiting (on a browser, a child process, PostgreSQL), so a 2-core machine runs two well.
    // Vitest's default here would be one (the cores less one), every file in a row.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit and integration',
          include: ['{shared,flow-runtime,server,web,test}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/dist/**', 'test/e2e/**'],
          // Each worker reuses its loaded modules from file to file: starting a fresh one per file
          // took longer than the tests themselves (640 s against 260 s on a busy 2-core machine).
          // So a test file must not count on module-level state starting fresh.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.e2e.test.ts'],
          setupFiles: ['test/e2e/setup.ts'],
          // A real browser against a real server: slower than the rest.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file loads the server's modules afresh: caches kept in them (the voice list, the
          // media secret) must not carry one file's state into the next.
        },
      },
    ],
  },
});
