import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { getWorkspaceSetting } from '../src/db/workspace-settings.js';
import { mediaUrl, verifyMediaSignature } from '../src/media/signing.js';
import { databasePerTest } from './api-harness.js';
import { BACKENDS } from './support/backends.js';

/** Signed media URLs: the secret from RINGFLOW_MEDIA_SECRET, or generated once and kept. */
const clock = manualClock('2026-11-23T15:00:00Z');
const hmac = (secret: string, path: string) =>
  createHmac('sha256', secret).update(path).digest('hex');

describe.each(BACKENDS)('media signatures on %s', (kind) => {
  const store = databasePerTest(kind);

  it('sign with RINGFLOW_MEDIA_SECRET when it is set', async () => {
    const secret = 'a-long-enough-secret';
    const config = loadConfig({
      PUBLIC_BASE_URL: 'https://rf.example.com/',
      RINGFLOW_MEDIA_SECRET: secret,
    });
    const deps = { db: store.db, clock, config };
    expect(await mediaUrl(deps, 'greetings/g1/2')).toBe(
      `https://rf.example.com/media/greetings/g1/2?sig=${hmac(secret, 'greetings/g1/2')}`,
    );
    expect(await verifyMediaSignature(deps, 'greetings/g1/2', hmac(secret, 'greetings/g1/2'))).toBe(
      true,
    );
    expect(await verifyMediaSignature(deps, 'greetings/g1/3', hmac(secret, 'greetings/g1/2'))).toBe(
      false,
    );
    expect(await verifyMediaSignature(deps, 'greetings/g1/2', undefined)).toBe(false);
    expect(await verifyMediaSignature(deps, 'greetings/g1/2', 'not-hex')).toBe(false);
    expect(await getWorkspaceSetting(store.db, 'media-secret')).toBeNull();
    expect(() => loadConfig({ RINGFLOW_MEDIA_SECRET: 'short' })).toThrow(ConfigError);
  });

  it('otherwise generate a secret once and keep it in the workspace settings', async () => {
    const config = loadConfig({ PUBLIC_BASE_URL: 'https://rf.example.com' });
    const url = await mediaUrl({ db: store.db, clock, config }, 'greetings/g1/1');
    const secret = await getWorkspaceSetting(store.db, 'media-secret');
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(url).toBe(
      `https://rf.example.com/media/greetings/g1/1?sig=${hmac(String(secret), 'greetings/g1/1')}`,
    );
  });
});
