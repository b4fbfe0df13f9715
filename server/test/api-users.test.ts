import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../src/db/sql/connection.js';
import { type ApiHarness, apiHarness, OWNER } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
  });
  afterEach(() => h.close());

  describe('users', () => {
    it('lets an owner add an admin who can then log in', async () => {
      const res = await h.send('POST', '/users', {
        email: 'ann@example.com',
        name: 'Ann',
        password: 'long enough',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ email: 'ann@example.com', role: 'admin' });
      expect((await h.login('ann@example.com', 'long enough')).res.body.user.name).toBe('Ann');
      const dup = await h.send('POST', '/users', {
        email: 'ANN@example.com',
        name: 'Ann',
        password: 'long enough',
      });
      expect(dup.status).toBe(409);
      expect(dup.body.error.fields).toEqual([
        { path: 'email', message: 'An account with e-mail ANN@example.com exists' },
      ]);
    });

    it('keeps users to owners', async () => {
      await h.addUser('admin', 'ann@example.com');
      const { cookie, csrf } = await h.login('ann@example.com');
      expect((await h.send('GET', '/users', undefined, { cookie })).status).toBe(403);
      const res = await h.send(
        'POST',
        '/users',
        { email: 'x@example.com', name: 'X', password: 'long enough' },
        { cookie, csrf },
      );
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    });

    it('removes an account with its tokens, but never the caller', async () => {
      const ann = await h.addUser('admin', 'ann@example.com');
      expect((await h.send('DELETE', `/users/${h.owner.id}`)).status).toBe(409);
      expect((await h.send('DELETE', `/users/${ann.id}`)).status).toBe(204);
      expect(
        (await h.send('GET', '/users')).body.users.map((u: { email: string }) => u.email),
      ).toEqual([OWNER.email]);
    });
  });

  describe('roles and sign-ins', () => {
    it('lists when each account last signed in, null before its first sign-in', async () => {
      const ann = await h.addUser('admin', 'ann@example.com');
      h.clock.advance(60_000);
      await h.login('ann@example.com');
      const users = (await h.send('GET', '/users')).body.users;
      expect(users.find((u: { id: string }) => u.id === ann.id).lastSignInAt).toBe(
        '2026-11-23T15:01:00.000Z',
      );
      expect(users.find((u: { id: string }) => u.id === h.owner.id).lastSignInAt).toBeNull();
    });

    it('changes a role, auditing it, and the new owner sees the owner pages', async () => {
      const ann = await h.addUser('admin', 'ann@example.com');
      const res = await h.send('PATCH', `/users/${ann.id}`, { role: 'owner' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: ann.id, role: 'owner' });
      const { cookie } = await h.login('ann@example.com');
      expect((await h.send('GET', '/users', undefined, { cookie })).status).toBe(200);
      const bad = await h.send('PATCH', `/users/${ann.id}`, { role: 'king' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0].path).toBe('role');
      expect((await h.send('PATCH', '/users/nobody', { role: 'admin' })).status).toBe(404);
    });

    it('never leaves the workspace without an owner', async () => {
      const demote = await h.send('PATCH', `/users/${h.owner.id}`, { role: 'admin' });
      expect(demote.status).toBe(409);
      expect(demote.body.error.fields).toEqual([
        { path: 'role', message: expect.stringContaining('Keep at least one owner') },
      ]);
      const ann = await h.addUser('owner', 'ann@example.com');
      expect((await h.send('PATCH', `/users/${h.owner.id}`, { role: 'admin' })).status).toBe(200);
      const { cookie, csrf } = await h.login('ann@example.com');
      const last = await h.send('DELETE', `/users/${h.owner.id}`, undefined, { cookie, csrf });
      expect(last.status).toBe(204);
      expect(
        (await h.send('PATCH', `/users/${ann.id}`, { role: 'admin' }, { cookie, csrf })).status,
      ).toBe(409);
    });

    it('refuses role changes from an admin', async () => {
      const ann = await h.addUser('admin', 'ann@example.com');
      const { cookie, csrf } = await h.login('ann@example.com');
      const res = await h.send('PATCH', `/users/${ann.id}`, { role: 'owner' }, { cookie, csrf });
      expect(res.status).toBe(403);
    });
  });
});
