import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../src/api/flow-check.js';
import {
  countFlows,
  createFlow,
  deleteFlow,
  getFlow,
  getPublishedRevision,
  getRevision,
  getRevisionByNumber,
  listFlows,
  listPublishedRevisions,
  listRevisions,
  publishRevision,
  saveDraft,
} from '../src/db/flows.js';
import { sqlOf } from '../src/db/sql/connection.js';
import { createUser, deleteUser } from '../src/db/users.js';
import { databasePerTest } from './api-harness.js';
import { BACKENDS } from './support/backends.js';

const t0 = '2026-11-23T15:00:00.000Z';
const t1 = '2026-11-23T16:00:00.000Z';
const renamed = (name: string) => ({ ...emptyDocument(name), description: `${name} flow` });

describe.each(BACKENDS)('on %s', (kind) => {
  const store = databasePerTest(kind);

  describe('flows', () => {
    it('keep a draft whose name is the flow name, and list without documents', async () => {
      const ann = await createUser(
        store.db,
        { email: 'ann@example.com', name: 'Ann', role: 'admin', passwordHash: 'h' },
        t0,
      );
      const flow = await createFlow(
        store.db,
        { id: 'f1', draft: emptyDocument('Main'), userId: ann.id },
        t0,
      );
      expect(flow).toMatchObject({
        id: 'f1',
        name: 'Main',
        draftUpdatedBy: { id: ann.id, name: 'Ann' },
        published: null,
      });
      expect(
        await saveDraft(store.db, 'f1', { draft: renamed('Front desk'), userId: null }, t1),
      ).toBe(true);
      expect(await getFlow(store.db, 'f1')).toMatchObject({
        name: 'Front desk',
        draftUpdatedAt: t1,
        draftUpdatedBy: null,
        draft: renamed('Front desk'),
      });
      expect(await listFlows(store.db)).toEqual([
        expect.not.objectContaining({ draft: expect.anything() }),
      ]);
    });

    it('number revisions per flow, newest first, and publish the latest', async () => {
      const ann = await createUser(
        store.db,
        { email: 'ann@example.com', name: 'Ann', role: 'admin', passwordHash: 'h' },
        t0,
      );
      await createFlow(store.db, { id: 'f1', draft: emptyDocument('One'), userId: null }, t0);
      await createFlow(store.db, { id: 'f2', draft: emptyDocument('Two'), userId: null }, t0);
      const r1 = await publishRevision(
        store.db,
        'f1',
        { document: emptyDocument('One'), message: 'first', authorId: ann.id },
        t0,
      );
      const r2 = await publishRevision(
        store.db,
        'f1',
        { document: renamed('One'), message: 'second', authorId: null },
        t1,
      );
      const other = await publishRevision(
        store.db,
        'f2',
        { document: emptyDocument('Two'), message: 'x', authorId: null },
        t1,
      );
      expect([r1.number, r2.number, other.number]).toEqual([1, 2, 1]);
      expect(r1.author).toEqual({ id: ann.id, name: 'Ann' });
      expect((await listRevisions(store.db, 'f1')).map((r) => r.message)).toEqual([
        'second',
        'first',
      ]);
      expect(await getPublishedRevision(store.db, 'f1')).toEqual(r2);
      expect((await getRevision(store.db, r1.id))?.document).toEqual(emptyDocument('One'));
      expect((await getRevisionByNumber(store.db, 'f1', 2))?.id).toBe(r2.id);
      expect(await getRevisionByNumber(store.db, 'f1', 3)).toBeUndefined();
      expect((await getFlow(store.db, 'f1'))?.published).toMatchObject({
        number: 2,
        message: 'second',
      });
      expect((await listPublishedRevisions(store.db)).map((r) => [r.flowName, r.number])).toEqual([
        ['One', 2],
        ['Two', 1],
      ]);
    });

    it('never let a published revision change, though its author may be removed', async () => {
      const ann = await createUser(
        store.db,
        { email: 'ann@example.com', name: 'Ann', role: 'admin', passwordHash: 'h' },
        t0,
      );
      await createFlow(store.db, { id: 'f1', draft: emptyDocument('One'), userId: ann.id }, t0);
      const r1 = await publishRevision(
        store.db,
        'f1',
        { document: emptyDocument('One'), message: 'first', authorId: ann.id },
        t0,
      );
      await expect(
        sqlOf(store.db).run("UPDATE flow_revisions SET document = '{}'"),
      ).rejects.toThrow(/immutable/);
      await expect(sqlOf(store.db).run("UPDATE flow_revisions SET message = 'x'")).rejects.toThrow(
        /immutable/,
      );
      await deleteUser(store.db, ann.id);
      expect(await getRevision(store.db, r1.id)).toMatchObject({
        author: null,
        message: 'first',
        document: emptyDocument('One'),
      });
    });

    it('are hidden when deleted, while their revisions stay for the calls that ran them', async () => {
      await createFlow(store.db, { id: 'f1', draft: emptyDocument('One'), userId: null }, t0);
      const r1 = await publishRevision(
        store.db,
        'f1',
        { document: emptyDocument('One'), message: 'first', authorId: null },
        t0,
      );
      expect(await deleteFlow(store.db, 'f1', t1)).toBe(true);
      expect(await deleteFlow(store.db, 'f1', t1)).toBe(false);
      expect(await getFlow(store.db, 'f1')).toBeUndefined();
      expect(await listFlows(store.db)).toEqual([]);
      expect(await getPublishedRevision(store.db, 'f1')).toBeUndefined();
      expect(await listPublishedRevisions(store.db)).toEqual([]);
      expect((await getRevision(store.db, r1.id))?.number).toBe(1);
      expect(
        await saveDraft(store.db, 'f1', { draft: emptyDocument('One'), userId: null }, t1),
      ).toBe(false);
      expect(await countFlows(store.db)).toBe(1);
    });
  });
});
