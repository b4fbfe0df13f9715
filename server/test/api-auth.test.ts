import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../src/db/audit.js';
import type { Connection } from '../src/db/sql/connection.js';
import { type ApiHarness, apiHarness, OWNER } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;

type Operation = { security?: unknown[] };
/** Every operation of the API's own OpenAPI document, with sample values for path parameters. */
async function operations() {
  const doc = (await h.send('GET', '/openapi.json', undefined, 'none')).body;
  return Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(
    ([path, item]) =>
      Object.entries(item).map(([method, op]) => ({
        method: method.toUpperCase(),
        path: path.replace(/\{number\}/g, '1').replace(/\{[^}]+\}/g, 'x'),
        isPublic: Array.isArray(op.security) && op.security.length === 0,
      })),
  );
}

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
  });
  afterEach(() => h.close());

  describe('credentials', () => {
    it('answers 401 JSON without credentials on every route but login and the docs', async () => {
      const ops = await operations();
      expect(ops.length).toBeGreaterThan(20);
      expect(ops.filter((o) => o.isPublic).map((o) => `${o.method} ${o.path}`)).toEqual([
        'POST /auth/login',
      ]);
      for (const op of ops.filter((o) => !o.isPublic)) {
        const res = await h.send(op.method, op.path, op.method === 'GET' ? undefined : {}, 'none');
        expect({ op, status: res.status, code: res.body?.error?.code }).toEqual({
          op,
          status: 401,
          code: 'unauthorized',
        });
      }
      expect((await h.send('GET', '/no/such/route', undefined, 'none')).status).toBe(401);
    });

    it('serves the OpenAPI document and the docs page without credentials', async () => {
      expect((await h.send('GET', '/openapi.json', undefined, 'none')).status).toBe(200);
      const docs = await h.send('GET', '/docs', undefined, 'none');
      expect(docs.status).toBe(200);
      expect(docs.text).toContain('./docs/assets/init.js');
      const init = await h.send('GET', '/docs/assets/init.js', undefined, 'none');
      expect(init.status).toBe(200);
      expect(init.text).toContain('./openapi.json');
    });

    it('answers an unknown route with a JSON 404 once authenticated', async () => {
      const res = await h.send('GET', '/no/such/route');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('no_route');
    });
  });

  describe('login and logout', () => {
    it('logs in with a cookie that is HTTP-only, Lax, Secure over https, for 30 days', async () => {
      const { res, csrf } = await h.login();
      expect(res.body.user).toMatchObject({ email: OWNER.email, role: 'owner' });
      expect(res.body.user.passwordHash).toBeUndefined();
      expect(csrf).toMatch(/^[\w-]{40,}$/);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^rf_session=[\w-]{40,};/);
      for (const part of [
        'HttpOnly',
        'Secure',
        'SameSite=Lax',
        'Path=/',
        `Max-Age=${30 * 86400}`,
      ]) {
        expect(cookie).toContain(part);
      }
      expect((await listAudit(h.db, { limit: 10 })).map((e) => e.action)).toContain('auth.login');
    });

    it('leaves Secure off when the server is reached over plain http', async () => {
      await h.close();
      h = await apiHarness({ publicBaseUrl: 'http://localhost:8080', postgres });
      const { res } = await h.login();
      expect(res.headers.get('set-cookie')).not.toContain('Secure');
    });

    it('refuses an unknown e-mail and a wrong password with the same 401', async () => {
      const unknown = await h.send(
        'POST',
        '/auth/login',
        { email: 'nobody@example.com', password: 'x' },
        'none',
      );
      const wrong = await h.send(
        'POST',
        '/auth/login',
        { email: OWNER.email, password: 'wrong password' },
        'none',
      );
      expect(unknown.status).toBe(401);
      expect(wrong.status).toBe(401);
      expect(unknown.body).toEqual(wrong.body);
      expect(unknown.headers.get('set-cookie')).toBeNull();
      expect(JSON.stringify(h.log.lines)).not.toContain('wrong password');
    });

    it('tells who is logged in, with the CSRF token, and ends the session at logout', async () => {
      const { cookie, csrf } = await h.login();
      const me = await h.send('GET', '/auth/me', undefined, { cookie });
      expect(me.body).toMatchObject({
        user: { email: OWNER.email },
        via: 'session',
        csrfToken: csrf,
      });
      const out = await h.send('POST', '/auth/logout', undefined, { cookie, csrf });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/rf_session=;.*Max-Age=0/);
      expect((await h.send('GET', '/auth/me', undefined, { cookie })).status).toBe(401);
    });

    it('expires a session after 30 days, even one used every few days', async () => {
      const { cookie } = await h.login();
      for (const days of [6, 6, 6, 6, 5]) {
        h.clock.advance(days * 86_400_000);
        expect((await h.send('GET', '/members', undefined, { cookie })).status).toBe(200);
      }
      h.clock.advance(2 * 86_400_000);
      expect((await h.send('GET', '/members', undefined, { cookie })).status).toBe(401);
    });
  });

  describe('CSRF', () => {
    const member = { name: 'Alice', addresses: ['+14155550101'] };

    it('refuses a change made with the cookie alone', async () => {
      const { cookie } = await h.login();
      const res = await h.send('POST', '/members', member, { cookie });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('csrf');
      expect(res.body.error.message).toContain('X-CSRF-Token');
      expect((await h.send('GET', '/members')).body.members).toEqual([]);
    });

    it('refuses a wrong token and accepts the right one', async () => {
      const { cookie, csrf } = await h.login();
      expect((await h.send('POST', '/members', member, { cookie, csrf: `${csrf}x` })).status).toBe(
        403,
      );
      expect((await h.send('POST', '/members', member, { cookie, csrf })).status).toBe(201);
    });

    it('lets reads through without the header', async () => {
      const { cookie } = await h.login();
      expect((await h.send('GET', '/members', undefined, { cookie })).status).toBe(200);
    });
  });

  describe('errors', () => {
    it('answers an unexpected failure with a generic 500 and logs it', async () => {
      const { cookie } = await h.login();
      await h.closeDatabase();
      const res = await h.send('GET', '/members', undefined, { cookie });
      expect(res.status).toBe(500);
      expect(res.body.error).toEqual({
        code: 'internal',
        message: expect.stringMatching(/went wrong/),
      });
      expect(res.text).not.toMatch(/database|sqlite/i);
      // What each driver says of a closed database: SQLite names it, node-postgres its pool.
      const cause = kind === 'sqlite' ? /database/i : /pool/i;
      expect(
        h.log.lines.some((l) => l.level === 'error' && cause.test(String(l.fields?.error))),
      ).toBe(true);
    });
  });
});
