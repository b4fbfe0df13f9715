import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, apiHarness, OWNER } from './api-harness.js';

let h: ApiHarness;
beforeEach(() => {
  h = apiHarness();
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
  });

  it('keeps users to owners', async () => {
    h.addUser('admin', 'ann@example.com');
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
    const ann = h.addUser('admin', 'ann@example.com');
    expect((await h.send('DELETE', `/users/${h.owner.id}`)).status).toBe(409);
    expect((await h.send('DELETE', `/users/${ann.id}`)).status).toBe(204);
    expect(
      (await h.send('GET', '/users')).body.users.map((u: { email: string }) => u.email),
    ).toEqual([OWNER.email]);
  });
});
