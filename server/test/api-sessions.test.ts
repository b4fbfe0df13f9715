/**
 * Session lifetime over the admin API: rotated at login, ended after 7 days
 * without use or 30 days in all, and pruned; the harness's clock moves time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashToken } from '../src/auth/secrets.js';
import { type Connection, sqlOf } from '../src/db/sql/connection.js';
import { findSession } from '../src/db/users.js';
import { type ApiHarness, apiHarness, OWNER } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

vi.setConfig({ testTimeout: 30_000 });

let h: ApiHarness<Connection>;

const DAY = 86_400_000;
const me = (cookie: string) => h.send('GET', '/auth/me', undefined, { cookie });
const stored = async (cookie: string) =>
  await findSession(h.db, hashToken(cookie.split('=')[1] ?? ''));
const sessionCount = async () =>
  (await sqlOf(h.db).get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions'))?.n;

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
  });
  afterEach(() => h.close());

  describe('sessions', () => {
    it('end the session a browser brings to a new login', async () => {
      const first = await h.login();
      const again = await h.send('POST', '/auth/login', OWNER, { cookie: first.cookie });
      expect(again.status).toBe(200);
      const second = (again.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect(second).not.toBe(first.cookie);
      expect((await me(first.cookie)).status).toBe(401);
      expect((await me(second)).status).toBe(200);
      expect(await sessionCount()).toBe(1);
    });

    it('end after 7 days without use, and each use keeps them alive', async () => {
      const { cookie } = await h.login();
      h.clock.advance(6 * DAY);
      expect((await me(cookie)).status).toBe(200);
      h.clock.advance(6 * DAY);
      expect((await me(cookie)).status).toBe(200);
      h.clock.advance(7 * DAY);
      expect((await me(cookie)).status).toBe(401);
      expect(await stored(cookie)).toBeUndefined();
    });

    it('end 30 days after login however often they are used', async () => {
      const { cookie } = await h.login();
      for (let day = 0; day < 29; day++) {
        h.clock.advance(DAY);
        expect((await me(cookie)).status).toBe(200);
      }
      h.clock.advance(DAY);
      expect((await me(cookie)).status).toBe(401);
    });

    it('write their last use at most once a minute', async () => {
      const { cookie } = await h.login();
      const loggedInAt = h.clock.now().toISOString();
      h.clock.advance(30_000);
      await me(cookie);
      expect((await stored(cookie))?.lastUsedAt).toBe(loggedInAt);
      h.clock.advance(30_000);
      await me(cookie);
      expect((await stored(cookie))?.lastUsedAt).toBe(h.clock.now().toISOString());
    });

    it('left idle are pruned at the next login, whoever logs in', async () => {
      await h.login();
      h.clock.advance(7 * DAY);
      await h.login();
      expect(await sessionCount()).toBe(1);
    });
  });
});
