import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../src/db/audit.js';
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

  describe('the flow lifecycle', () => {
    it('drafts freely, publishes only without errors, keeps revisions and rolls back', async () => {
      const created = await h.send('POST', '/flows', { name: 'Main' });
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect(created.body.draft.nodes.map((n: { type: string }) => n.type)).toEqual([
        'incoming-call',
      ]);
      expect(created.body.published).toBeNull();

      // A draft with an error is saved as sent, with the findings.
      const broken = await h.send('PUT', `/flows/${id}/draft`, { document: ringFlow('ghost') });
      expect(broken.status).toBe(200);
      expect(broken.body.ok).toBe(false);
      expect(broken.body.draft.nodes[1].data.targets).toEqual([
        { type: 'member', memberId: 'ghost' },
      ]);
      expect(broken.body.findings).toContainEqual(
        expect.objectContaining({ code: 'unknown-member', severity: 'error', nodeId: 'ring' }),
      );

      const refused = await h.send('POST', `/flows/${id}/publish`, { message: 'try' });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('flow_has_errors');
      expect(refused.body.findings).toContainEqual(
        expect.objectContaining({ code: 'unknown-member' }),
      );
      expect((await h.send('GET', `/flows/${id}/revisions`)).body.revisions).toEqual([]);

      await h.send('PUT', `/flows/${id}/draft`, { document: ringFlow('alice') });
      const first = await h.send('POST', `/flows/${id}/publish`, { message: 'First' });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        number: 1,
        message: 'First',
        author: { id: h.owner.id, name: 'owner' },
      });
      expect(first.body.createdAt).toBe('2026-11-23T15:00:00.000Z');

      h.clock.advance(60_000);
      await h.send('PUT', `/flows/${id}/draft`, { document: ringFlow('alice', 40) });
      expect((await h.send('GET', `/flows/${id}`)).body.hasUnpublishedChanges).toBe(true);
      expect(
        (await h.send('POST', `/flows/${id}/publish`, { message: 'Longer ring' })).body.number,
      ).toBe(2);

      const list = await h.send('GET', `/flows/${id}/revisions`);
      expect(
        list.body.revisions.map((r: { number: number; message: string }) => [r.number, r.message]),
      ).toEqual([
        [2, 'Longer ring'],
        [1, 'First'],
      ]);
      expect(list.body.revisions[0].author.name).toBe('owner');

      const before = [
        (await h.send('GET', `/flows/${id}/revisions/1`)).text,
        (await h.send('GET', `/flows/${id}/revisions/2`)).text,
      ];
      const rollback = await h.send('POST', `/flows/${id}/rollback`, { revision: 1 });
      expect(rollback.status).toBe(201);
      expect(rollback.body).toMatchObject({ number: 3, message: 'Rolled back to revision 1' });

      const rev1 = await h.send('GET', `/flows/${id}/revisions/1`);
      const rev3 = await h.send('GET', `/flows/${id}/revisions/3`);
      expect(rev3.body.document).toEqual(rev1.body.document);
      expect(rev3.body.document.nodes[1].data.ringSeconds).toBe(25);
      // Revisions are immutable: what was published reads exactly the same afterwards.
      expect([rev1.text, (await h.send('GET', `/flows/${id}/revisions/2`)).text]).toEqual(before);

      const flow = await h.send('GET', `/flows/${id}`);
      expect(flow.body.draft).toEqual(rev1.body.document);
      expect(flow.body.published).toMatchObject({ number: 3 });
      expect(flow.body.hasUnpublishedChanges).toBe(false);

      const actions = (await listAudit(h.db, { limit: 20 }))
        .map((e) => e.action)
        .filter((a) => a.startsWith('flow.'));
      expect(actions).toEqual([
        'flow.rollback',
        'flow.publish',
        'flow.save-draft',
        'flow.publish',
        'flow.save-draft',
        'flow.save-draft',
        'flow.create',
      ]);
    });
  });

  describe('drafts that are not flow documents', () => {
    it('answers 400 naming the field inside the document', async () => {
      const id = (await h.send('POST', '/flows', { name: 'Main' })).body.id;
      const res = await h.send('PUT', `/flows/${id}/draft`, { document: ringFlow('alice', 2) });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_document');
      expect(res.body.error.fields).toEqual([
        {
          path: 'document.nodes.1.data.ringSeconds',
          message: expect.stringContaining('ring duration must be at least 5 seconds'),
        },
      ]);
      const noNodes = await h.send('PUT', `/flows/${id}/draft`, { document: { schemaVersion: 1 } });
      expect(noNodes.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
        'document.nodes',
        'document.edges',
      ]);
      const missing = await h.send('PUT', `/flows/${id}/draft`, {});
      expect(missing.body.error.fields).toEqual([{ path: 'document', message: 'Required' }]);
      expect((await h.send('GET', `/flows/${id}`)).body.draft.nodes).toHaveLength(1);
    });

    it('refuses an unreadable document on create too', async () => {
      const res = await h.send('POST', '/flows', {
        name: 'Main',
        document: { schemaVersion: 99, nodes: [], edges: [] },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].path).toBe('document.schemaVersion');
    });
  });

  describe('flows and numbers', () => {
    it('lists flows with their published revision, and keeps the name of the draft', async () => {
      const id = (await h.send('POST', '/flows', { name: 'Main', document: ringFlow('alice') }))
        .body.id;
      await h.send('POST', `/flows/${id}/publish`, { message: 'v1' });
      const { document: _d, ...renamed } = {
        ...ringFlow('alice'),
        name: 'Front desk',
        document: null,
      };
      await h.send('PUT', `/flows/${id}/draft`, { document: renamed });
      const list = await h.send('GET', '/flows');
      expect(list.body.flows).toEqual([
        expect.objectContaining({
          id,
          name: 'Front desk',
          published: expect.objectContaining({ number: 1 }),
        }),
      ]);
      const { name: _n, ...nameless } = ringFlow('alice');
      await h.send('PUT', `/flows/${id}/draft`, { document: nameless });
      expect((await h.send('GET', `/flows/${id}`)).body.name).toBe('Front desk');
    });

    it('refuses to delete a flow while a number points at it', async () => {
      const id = (await h.send('POST', '/flows', { name: 'Main', document: ringFlow('alice') }))
        .body.id;
      await h.send('POST', `/flows/${id}/publish`, {});
      const number = (
        await h.send('POST', '/numbers', { number: '+14155550100', name: 'Main', flowId: id })
      ).body;
      const res = await h.send('DELETE', `/flows/${id}`);
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('+14155550100');
      await h.send('PATCH', `/numbers/${number.id}`, { flowId: null });
      expect((await h.send('DELETE', `/flows/${id}`)).status).toBe(204);
      expect((await h.send('GET', `/flows/${id}`)).status).toBe(404);
      expect((await h.send('GET', '/flows')).body.flows).toEqual([]);
      expect((await h.send('PATCH', `/numbers/${number.id}`, { flowId: id })).status).toBe(400);
    });

    it('answers 404 for an unknown flow on every flow route', async () => {
      for (const [method, path, body] of [
        ['GET', '/flows/nope'],
        ['PUT', '/flows/nope/draft', { document: ringFlow('alice') }],
        ['POST', '/flows/nope/publish', {}],
        ['GET', '/flows/nope/revisions'],
        ['GET', '/flows/nope/revisions/1'],
        ['POST', '/flows/nope/rollback', { revision: 1 }],
        ['DELETE', '/flows/nope'],
      ] as const) {
        expect({ path, status: (await h.send(method, path, body)).status }).toEqual({
          path,
          status: 404,
        });
      }
    });
  });
});
