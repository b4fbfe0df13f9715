import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../src/db/sql/connection.js';
import { ringFlow } from './api-fixtures.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
    await h.send('POST', '/members', { id: 'alice', name: 'Alice', addresses: ['+14155550101'] });
  });
  afterEach(() => h.close());

  describe('revisions', () => {
    it('serves a revision indented, with keys in a stable order, for diffing', async () => {
      const id = (await h.send('POST', '/flows', { name: 'Main', document: ringFlow('alice') }))
        .body.id;
      await h.send('POST', `/flows/${id}/publish`, { message: 'v1' });
      const a = await h.send('GET', `/flows/${id}/revisions/1`);
      const b = await h.send('GET', `/flows/${id}/revisions/1`);
      expect(a.text).toBe(b.text);
      expect(a.text).toContain('\n  "document": {\n    "schemaVersion": 1,');
      expect(Object.keys(a.body.document)).toEqual([
        'schemaVersion',
        'name',
        'description',
        'nodes',
        'edges',
      ]);
      expect(Object.keys(a.body.document.nodes[0])).toEqual(['id', 'type', 'position', 'data']);
    });

    it('rolls back with a message of its own, and refuses an unknown revision', async () => {
      const id = (await h.send('POST', '/flows', { name: 'Main', document: ringFlow('alice') }))
        .body.id;
      await h.send('POST', `/flows/${id}/publish`, {});
      const res = await h.send('POST', `/flows/${id}/rollback`, {
        revision: 1,
        message: 'Back to basics',
      });
      expect(res.body).toMatchObject({ number: 2, message: 'Back to basics' });
      expect((await h.send('POST', `/flows/${id}/rollback`, { revision: 9 })).status).toBe(404);
    });

    it('publishes without a body at all', async () => {
      const id = (await h.send('POST', '/flows', { name: 'Main', document: ringFlow('alice') }))
        .body.id;
      const res = await h.app.request(`/api/flows/${id}/publish`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${h.ownerToken}` },
      });
      expect(res.status).toBe(201);
      expect(((await res.json()) as { message: string }).message).toBe('');
    });
  });
});
