/**
 * Sign-in throttling over the admin API with the harness's clock: a guesser
 * is slowed, then locked, per e-mail (known or not) and per client address.
 */
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adminApi } from '../src/api/admin-api.js';
import { ACCOUNT_POLICY, afterFailure } from '../src/auth/login-throttle.js';
import { listAudit } from '../src/db/audit.js';
import { getLoginThrottle, saveLoginThrottle } from '../src/db/login-throttles.js';
import type { Connection } from '../src/db/sql/connection.js';
import { type ApiHarness, apiHarness, OWNER } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

// Every attempt that reaches the password costs a deliberately slow scrypt.
vi.setConfig({ testTimeout: 30_000 });

let h: ApiHarness<Connection>;

interface Tried {
  status: number;
  retryAfter: number | null;
  message: string;
}

/** One login attempt over the socket address `from`, as @hono/node-server passes it. */
async function attempt(
  email: string,
  password: string,
  from = '198.51.100.7',
  options: { app?: Hono; headers?: Record<string, string> } = {},
): Promise<Tried> {
  const res = await (options.app ?? h.app).request(
    '/api/auth/login',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...options.headers },
      body: JSON.stringify({ email, password }),
    },
    { incoming: { socket: { remoteAddress: from } } },
  );
  const body = (await res.json()) as { error?: { message: string } };
  const header = res.headers.get('retry-after');
  return {
    status: res.status,
    retryAfter: header === null ? null : Number(header),
    message: body.error?.message ?? '',
  };
}

const wrong = (email = OWNER.email, from?: string) => attempt(email, 'wrong password', from);

/** Earlier failures, as if they had just happened, without paying scrypt for each. */
async function seed(key: string, failures: number) {
  await saveLoginThrottle(h.db, {
    key,
    failures,
    lastFailureAt: h.clock.now().toISOString(),
    blockedUntil: null,
    lockedUntil: null,
  });
}

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
  });
  afterEach(() => h.close());

  describe('the policy', () => {
    it('waits 2 s after the 5th failure, doubling up to a minute, and locks at the 20th', () => {
      const now = new Date('2026-11-23T15:00:00Z');
      let row: ReturnType<typeof afterFailure> | undefined;
      const waits: (number | string)[] = [];
      for (let i = 0; i < 21; i++) {
        row = afterFailure(row, 'account:a@example.com', now, ACCOUNT_POLICY);
        const wait = row.blockedUntil ? (Date.parse(row.blockedUntil) - now.getTime()) / 1000 : 0;
        waits.push(row.lockedUntil ? `lock ${wait}` : wait);
      }
      expect(waits).toEqual([
        0,
        0,
        0,
        0,
        2,
        4,
        8,
        16,
        32,
        60,
        60,
        60,
        60,
        60,
        60,
        60,
        60,
        60,
        60,
        'lock 900',
        'lock 900',
      ]);
    });

    it('starts afresh after 15 quiet minutes, but not while locked', () => {
      const at = (minutes: number) =>
        new Date(Date.parse('2026-11-23T15:00:00Z') + minutes * 60_000);
      const locked = afterFailure(
        {
          key: 'k',
          failures: 19,
          lastFailureAt: at(0).toISOString(),
          blockedUntil: null,
          lockedUntil: null,
        },
        'k',
        at(0),
        ACCOUNT_POLICY,
      );
      expect(afterFailure(locked, 'k', at(14), ACCOUNT_POLICY).failures).toBe(21);
      expect(afterFailure(locked, 'k', at(15), ACCOUNT_POLICY).failures).toBe(1);
    });
  });

  describe('per account', () => {
    it('answers 429 with a Retry-After that doubles once 5 attempts have failed', async () => {
      for (let i = 0; i < 5; i++) expect((await wrong()).status).toBe(401);
      const first = await attempt(OWNER.email, OWNER.password);
      expect(first).toMatchObject({ status: 429, retryAfter: 2 });
      expect(first.message).toBe(
        'Too many failed attempts. Try again in 2 seconds (after 15:00:02 UTC).',
      );
      h.clock.advance(2_000);
      expect((await wrong()).status).toBe(401);
      expect((await wrong()).retryAfter).toBe(4);
      h.clock.advance(3_000);
      expect((await wrong()).retryAfter).toBe(1);
      h.clock.advance(1_000);
      expect((await wrong()).status).toBe(401);
      expect((await wrong()).retryAfter).toBe(8);
    });

    it('locks the account for 15 minutes at 20 failures, whatever the password', async () => {
      await seed(`account:${OWNER.email}`, 19);
      expect((await wrong()).status).toBe(401);
      const locked = await attempt(OWNER.email, OWNER.password);
      expect(locked.status).toBe(429);
      expect(locked.retryAfter).toBe(15 * 60);
      expect(locked.message).toMatch(
        /^Sign-in is locked .* Try again in 15 minutes .*ask an owner/,
      );
      const entries = await listAudit(h.db, { limit: 100, action: 'auth.locked' });
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        userId: h.owner.id,
        subject: `account:${OWNER.email}`,
        detail: { kind: 'account', failures: 20 },
      });
      expect(h.log.lines.some((l) => l.message === 'login locked')).toBe(true);
      h.clock.advance(15 * 60_000);
      expect((await attempt(OWNER.email, OWNER.password)).status).toBe(200);
    });

    it('lets the right password in after the window, and a success clears the count', async () => {
      for (let i = 0; i < 5; i++) await wrong();
      h.clock.advance(15 * 60_000);
      expect((await attempt(OWNER.email, OWNER.password)).status).toBe(200);
      expect(await getLoginThrottle(h.db, `account:${OWNER.email}`)).toBeUndefined();
      await seed(`account:${OWNER.email}`, 4);
      expect((await attempt(OWNER.email, OWNER.password)).status).toBe(200);
      expect((await wrong()).status).toBe(401);
      expect((await getLoginThrottle(h.db, `account:${OWNER.email}`))?.failures).toBe(1);
    });

    it('throttles an unknown e-mail exactly as a known one, in the same words', async () => {
      const run = async (email: string) => {
        const seen: Tried[] = [];
        for (let i = 0; i < 8; i++) seen.push(await wrong(email, `192.0.2.${email.length}`));
        return seen;
      };
      const known = await run(OWNER.email);
      h.clock.advance(60 * 60_000);
      const unknown = await run('nobody@example.com');
      expect(unknown.map((t) => t.status)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      expect(unknown.map((t) => t.message.replace(/\(after .*\)/, ''))).toEqual(
        known.map((t) => t.message.replace(/\(after .*\)/, '')),
      );
    });

    it('matches the e-mail however it is typed', async () => {
      for (let i = 0; i < 5; i++) await wrong(i % 2 ? ' OWNER@example.com' : OWNER.email);
      expect((await wrong('Owner@Example.com')).status).toBe(429);
    });

    it('counts parallel guesses before their passwords are checked', async () => {
      const all = await Promise.all(Array.from({ length: 12 }, () => wrong()));
      expect(all.filter((t) => t.status === 401)).toHaveLength(5);
      expect(all.filter((t) => t.status === 429)).toHaveLength(7);
    });
  });

  describe('per client address', () => {
    it('slows one address trying many e-mails, and no other address', async () => {
      await seed('address:203.0.113.5', 16);
      for (let i = 0; i < 4; i++) {
        expect((await wrong(`user${i}@example.com`, '203.0.113.5')).status).toBe(401);
      }
      expect((await attempt(OWNER.email, OWNER.password, '203.0.113.5')).status).toBe(429);
      expect((await attempt(OWNER.email, OWNER.password, '203.0.113.6')).status).toBe(200);
      // Without TRUST_PROXY a forged X-Forwarded-For changes nothing.
      const forged = await attempt(OWNER.email, OWNER.password, '203.0.113.5', {
        headers: { 'X-Forwarded-For': '192.0.2.1' },
      });
      expect(forged.status).toBe(429);
    });

    it('reads the last X-Forwarded-For entry when TRUST_PROXY is set', async () => {
      const deps = { ...h.deps, config: { ...h.deps.config, trustProxy: true } };
      const app = new Hono().route('/api', adminApi(deps));
      const via = (client: string) => ({
        app,
        headers: { 'X-Forwarded-For': `10.0.0.1, ${client}` },
      });
      await seed('address:203.0.113.9', 19);
      await attempt('user@example.com', 'wrong', '127.0.0.1', via('203.0.113.9'));
      expect(
        (await attempt(OWNER.email, OWNER.password, '127.0.0.1', via('203.0.113.9'))).status,
      ).toBe(429);
      expect(
        (await attempt(OWNER.email, OWNER.password, '127.0.0.1', via('203.0.113.10'))).status,
      ).toBe(200);
    });

    it('gives a right password its attempt back, so an office behind one address is not slowed', async () => {
      await seed('address:203.0.113.5', 18);
      await wrong('user@example.com', '203.0.113.5');
      for (let i = 0; i < 3; i++) {
        expect((await attempt(OWNER.email, OWNER.password, '203.0.113.5')).status).toBe(200);
      }
      expect((await getLoginThrottle(h.db, 'address:203.0.113.5'))?.failures).toBe(19);
    });
  });

  describe('audit and owners', () => {
    it('writes auth.login_failed for each wrong password, naming the account when it exists', async () => {
      await wrong(OWNER.email, '203.0.113.5');
      await wrong('nobody@example.com', '203.0.113.5');
      const failed = await listAudit(h.db, { limit: 10, action: 'auth.login_failed' });
      expect(failed.map((e) => [e.subject, e.userId])).toEqual([
        ['nobody@example.com', null],
        [OWNER.email, h.owner.id],
      ]);
      expect(failed[0]?.detail).toEqual({ address: '203.0.113.5', failures: 1, waitSeconds: 0 });
    });

    it('lists locked sign-ins to owners, who can unlock one', async () => {
      await seed(`account:${OWNER.email}`, 19);
      await wrong();
      const locks = await h.send('GET', '/auth/locks');
      expect(locks.body.locks).toEqual([
        expect.objectContaining({
          key: `account:${OWNER.email}`,
          kind: 'account',
          value: OWNER.email,
          userId: h.owner.id,
          failures: 20,
          locked: true,
          until: (await getLoginThrottle(h.db, `account:${OWNER.email}`))?.lockedUntil,
        }),
      ]);
      const admin = await h.addUser('admin', 'ann@example.com');
      const annSession = await h.login(admin.email);
      const asAnn = { cookie: annSession.cookie, csrf: annSession.csrf };
      expect((await h.send('GET', '/auth/locks', undefined, asAnn)).status).toBe(403);
      const key = encodeURIComponent(`account:${OWNER.email}`);
      expect((await h.send('DELETE', `/auth/locks/${key}`, undefined, asAnn)).status).toBe(403);
      expect((await h.send('DELETE', `/auth/locks/${key}`)).status).toBe(204);
      expect((await h.send('DELETE', `/auth/locks/${key}`)).status).toBe(404);
      expect((await h.send('DELETE', '/auth/locks/nonsense')).body.error.fields[0].path).toBe(
        'key',
      );
      expect((await attempt(OWNER.email, OWNER.password)).status).toBe(200);
      expect((await listAudit(h.db, { limit: 1, action: 'auth.unlock' }))[0]).toMatchObject({
        userId: h.owner.id,
        subject: `account:${OWNER.email}`,
      });
    });

    it('forgets keys quiet for the window, so the table cannot grow without bound', async () => {
      await wrong('a@example.com');
      h.clock.advance(15 * 60_000);
      await wrong('b@example.com');
      expect(await getLoginThrottle(h.db, 'account:a@example.com')).toBeUndefined();
      expect((await getLoginThrottle(h.db, 'account:b@example.com'))?.failures).toBe(1);
    });
  });
});
