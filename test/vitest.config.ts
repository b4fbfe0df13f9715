import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** One runner for every package: `pnpm test:all` from the repository root. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['{shared,flow-runtime,server,test}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
