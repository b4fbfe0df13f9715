import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../src/db/sql/connection.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
  });
  afterEach(() => h.close());

  describe('API tokens', () => {
    it('work without CSRF, are shown once, note their last use, and stop working once deleted', async () => {
      const created = await h.send('POST', '/tokens', { name: 'deploys' });
      expect(created.status).toBe(201);
      const { token, id } = created.body;
      expect(token).toMatch(/^rf_[\w-]{40,}$/);
      h.clock.advance(60_000);
      expect(
        (
          await h.send(
            'POST',
            '/members',
            { name: 'Bob', addresses: ['sip:bob@example.com'] },
            { bearer: token },
          )
        ).status,
      ).toBe(201);
      const listed = (await h.send('GET', '/tokens')).body.tokens.find(
        (t: { id: string }) => t.id === id,
      );
      expect(listed).toMatchObject({ name: 'deploys', lastUsedAt: '2026-11-23T15:01:00.000Z' });
      expect(JSON.stringify(listed)).not.toContain(token);
      expect((await h.send('DELETE', `/tokens/${id}`)).status).toBe(204);
      const after = await h.send('GET', '/members', undefined, { bearer: token });
      expect(after.status).toBe(401);
      expect(after.body.error.message).toMatch(/API token/);
    });

    it('refuses a made-up token and a malformed Authorization header', async () => {
      expect((await h.send('GET', '/members', undefined, { bearer: 'rf_madeup' })).status).toBe(
        401,
      );
      expect((await h.send('GET', '/members', undefined, { bearer: '' })).status).toBe(401);
    });

    it("are an admin's own: another's token is not found, and the list shows only theirs", async () => {
      await h.addUser('admin', 'ann@example.com');
      const { cookie, csrf } = await h.login('ann@example.com');
      const mine = await h.send('POST', '/tokens', { name: 'ann' }, { cookie, csrf });
      const list = await h.send('GET', '/tokens', undefined, { cookie });
      expect(list.body.tokens.map((t: { name: string }) => t.name)).toEqual(['ann']);
      const ownerTokens = (await h.send('GET', '/tokens')).body.tokens;
      expect(ownerTokens.map((t: { name: string }) => t.name).sort()).toEqual(['ann', 'tests']);
      const other = ownerTokens.find((t: { name: string }) => t.name === 'tests');
      expect(
        (await h.send('DELETE', `/tokens/${other.id}`, undefined, { cookie, csrf })).status,
      ).toBe(404);
      expect((await h.send('DELETE', `/tokens/${mine.body.id}`)).status).toBe(204);
    });
  });
});
