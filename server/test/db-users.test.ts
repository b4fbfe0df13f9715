import { beforeEach, describe, expect, it } from 'vitest';
import { issueApiToken, resolveApiToken } from '../src/auth/api-tokens.js';
import { checkLogin } from '../src/auth/check-login.js';
import { hashPassword, verifyPassword } from '../src/auth/password.js';
import { seedOwner } from '../src/auth/seed-owner.js';
import { resolveSession, startSession } from '../src/auth/sessions.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { sqlOf } from '../src/db/sql/connection.js';
import {
  countUsers,
  createUser,
  deleteApiToken,
  deleteExpiredSessions,
  deleteUser,
  findSession,
  findUserCredentials,
  listApiTokens,
  listUsers,
} from '../src/db/users.js';
import type { ServerDeps } from '../src/deps.js';
import { memoryLogger } from '../src/logger.js';
import { databasePerTest } from './api-harness.js';
import { BACKENDS } from './support/backends.js';

let deps: ServerDeps & {
  clock: ReturnType<typeof manualClock>;
  log: ReturnType<typeof memoryLogger>;
};
const at = '2026-11-23T15:00:00.000Z';

describe('passwords', () => {
  it('are salted scrypt hashes carrying their parameters', async () => {
    const a = await hashPassword('s3cret pass');
    const b = await hashPassword('s3cret pass');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('s3cret pass', a)).toBe(true);
    expect(await verifyPassword('s3cret pasS', a)).toBe(false);
    expect(await verifyPassword('s3cret pass', 'plain')).toBe(false);
  });
});

describe.each(BACKENDS)('on %s', (kind) => {
  const store = databasePerTest(kind);
  beforeEach(() => {
    deps = {
      db: store.db,
      clock: manualClock(at),
      config: loadConfig({
        RINGFLOW_DATA_DIR: store.dir,
        RINGFLOW_ADMIN_EMAIL: 'boss@example.com',
        RINGFLOW_ADMIN_PASSWORD: 'correct horse',
      }),
      log: memoryLogger(),
    };
  });

  describe('users', () => {
    it('stores users with case-insensitive unique e-mails, and never returns the hash', async () => {
      const user = await createUser(
        store.db,
        { id: 'u1', email: 'Ann@Example.com', name: 'Ann', role: 'admin', passwordHash: 'h' },
        at,
      );
      expect(user).toEqual({
        id: 'u1',
        email: 'Ann@Example.com',
        name: 'Ann',
        role: 'admin',
        createdAt: at,
      });
      expect(await findUserCredentials(store.db, 'ann@example.com')).toEqual({
        user,
        passwordHash: 'h',
      });
      await expect(
        createUser(
          store.db,
          { email: 'ANN@example.com', name: 'A', role: 'admin', passwordHash: 'h' },
          at,
        ),
      ).rejects.toThrow(/unique/i);
      expect(await listUsers(store.db)).toEqual([user]);
      expect(JSON.stringify(await listUsers(store.db))).not.toContain('"h"');
    });

    it('checks a login by e-mail and password', async () => {
      await createUser(
        store.db,
        {
          email: 'ann@example.com',
          name: 'Ann',
          role: 'admin',
          passwordHash: await hashPassword('long enough'),
        },
        at,
      );
      expect((await checkLogin(deps, ' ANN@example.com ', 'long enough'))?.name).toBe('Ann');
      expect(await checkLogin(deps, 'ann@example.com', 'wrong')).toBeUndefined();
      expect(await checkLogin(deps, 'nobody@example.com', 'long enough')).toBeUndefined();
    });
  });

  describe('sessions', () => {
    it('are stored hashed, resolve until they expire, and are cleaned up', async () => {
      const user = await createUser(
        store.db,
        { email: 'a@example.com', name: 'A', role: 'owner', passwordHash: 'h' },
        at,
      );
      const session = await startSession(deps, user.id);
      expect(session.expiresAt).toBe('2026-12-23T15:00:00.000Z');
      expect(await findSession(store.db, session.token)).toBeUndefined();
      expect(await resolveSession(deps, session.token)).toMatchObject({
        user,
        csrfToken: session.csrfToken,
      });
      deps.clock.set('2026-12-23T15:00:00Z');
      expect(await resolveSession(deps, session.token)).toBeUndefined();
      await startSession(deps, user.id);
      deps.clock.set('2027-02-01T00:00:00Z');
      expect(await deleteExpiredSessions(store.db, deps.clock.now().toISOString())).toBe(1);
    });

    it('end with their user', async () => {
      const user = await createUser(
        store.db,
        { email: 'a@example.com', name: 'A', role: 'owner', passwordHash: 'h' },
        at,
      );
      const session = await startSession(deps, user.id);
      const { token } = await issueApiToken(deps, user.id, 'ci');
      expect(await deleteUser(store.db, user.id)).toBe(true);
      expect(await resolveSession(deps, session.token)).toBeUndefined();
      expect(await resolveApiToken(deps, token)).toBeUndefined();
    });
  });

  describe('API tokens', () => {
    it('are stored hashed, note their last use, and stop resolving when deleted', async () => {
      const user = await createUser(
        store.db,
        { email: 'a@example.com', name: 'A', role: 'owner', passwordHash: 'h' },
        at,
      );
      const { token, record } = await issueApiToken(deps, user.id, 'ci');
      expect(record).toEqual({
        id: record.id,
        userId: user.id,
        userName: 'A',
        name: 'ci',
        createdAt: at,
        lastUsedAt: null,
      });
      const raw = (
        await sqlOf(store.db).get<{ hash: string }>('SELECT token_hash AS hash FROM api_tokens')
      )?.hash;
      expect(raw).toMatch(/^[0-9a-f]{64}$/);
      expect(raw).not.toContain(token.slice(3));
      deps.clock.advance(5000);
      expect((await resolveApiToken(deps, token))?.user.id).toBe(user.id);
      expect((await listApiTokens(store.db, user.id))[0]?.lastUsedAt).toBe(
        '2026-11-23T15:00:05.000Z',
      );
      expect(await resolveApiToken(deps, 'rf_nope')).toBeUndefined();
      expect(await deleteApiToken(store.db, record.id)).toBe(true);
      expect(await resolveApiToken(deps, token)).toBeUndefined();
    });
  });

  describe('seedOwner', () => {
    it('creates the configured owner on an empty database only, without logging the password', async () => {
      expect(await seedOwner(deps)).toBe(true);
      expect(await seedOwner(deps)).toBe(false);
      expect(await listUsers(store.db)).toEqual([
        expect.objectContaining({ email: 'boss@example.com', role: 'owner', name: 'boss' }),
      ]);
      expect(JSON.stringify(deps.log.lines)).toContain('boss@example.com');
      expect(JSON.stringify(deps.log.lines)).not.toContain('correct horse');
    });

    it('does nothing without configured credentials', async () => {
      expect(
        await seedOwner({ ...deps, config: loadConfig({ RINGFLOW_DATA_DIR: store.dir }) }),
      ).toBe(false);
      expect(await countUsers(store.db)).toBe(0);
    });
  });
});
