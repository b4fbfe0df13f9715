import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiTypesSource } from '../src/api/api-types.js';

const committed = fileURLToPath(new URL('../../web/src/api/generated.ts', import.meta.url));

describe("the web app's API types", () => {
  it('are what the route schemas give today (else run `pnpm api-types`)', async () => {
    const fresh = await apiTypesSource();
    const current = readFileSync(committed, 'utf8');
    // One message, not a 7,000-line diff: what to run is the useful part.
    expect(
      current === fresh,
      'web/src/api/generated.ts is stale: run `npm run api-types` and commit it',
    ).toBe(true);
  });

  it('name every schema the web app reads', async () => {
    const source = await apiTypesSource();
    for (const name of ['Call', 'CallSummary', 'PhoneNumber', 'Flow', 'Member', 'Voicemail'])
      expect(source).toMatch(new RegExp(`\\n {8}${name}: `));
  });
});
