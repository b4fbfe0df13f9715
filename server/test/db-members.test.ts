import { describe, expect, it } from 'vitest';
import {
  createMember,
  deleteMember,
  getMember,
  getMembersByIds,
  listMembers,
  updateMember,
} from '../src/db/members.js';
import { databasePerTest } from './api-harness.js';
import { BACKENDS } from './support/backends.js';

const t0 = '2026-11-23T15:00:00.000Z';
const t1 = '2026-11-23T16:00:00.000Z';

describe.each(BACKENDS)('on %s', (kind) => {
  const store = databasePerTest(kind);

  describe('members', () => {
    it('round-trips the addresses as a list, with an explicit or generated id', async () => {
      const bob = await createMember(
        store.db,
        { id: 'bob', name: 'bob', addresses: ['+14155550102', 'sip:bob@example.com'] },
        t0,
      );
      expect(bob).toEqual({
        id: 'bob',
        name: 'bob',
        addresses: ['+14155550102', 'sip:bob@example.com'],
        dndUntil: null,
        createdAt: t0,
        updatedAt: t0,
      });
      const ann = await createMember(store.db, { name: 'Ann', addresses: ['+14155550101'] }, t0);
      expect(ann.id).toMatch(/^mem_[\w-]{22}$/);
      expect((await listMembers(store.db)).map((m) => m.name)).toEqual(['Ann', 'bob']);
    });

    it('looks up several by id, leaving out unknown ones', async () => {
      await createMember(store.db, { id: 'alice', name: 'Alice', addresses: ['+14155550101'] }, t0);
      await createMember(store.db, { id: 'bob', name: 'Bob', addresses: ['+14155550102'] }, t0);
      expect(
        (await getMembersByIds(store.db, ['bob', 'ghost', 'alice'])).map((m) => m.id).sort(),
      ).toEqual(['alice', 'bob']);
      expect(await getMembersByIds(store.db, [])).toEqual([]);
    });

    it('changes only the given fields, and can clear do not disturb', async () => {
      await createMember(
        store.db,
        { id: 'alice', name: 'Alice', addresses: ['+14155550101'], dndUntil: t1 },
        t0,
      );
      expect(await updateMember(store.db, 'alice', { name: 'Alicia' }, t1)).toMatchObject({
        name: 'Alicia',
        addresses: ['+14155550101'],
        dndUntil: t1,
        updatedAt: t1,
      });
      expect((await updateMember(store.db, 'alice', { dndUntil: null }, t1))?.dndUntil).toBeNull();
      expect(await updateMember(store.db, 'ghost', { name: 'X' }, t1)).toBeUndefined();
    });

    it('deletes', async () => {
      await createMember(store.db, { id: 'alice', name: 'Alice', addresses: ['+14155550101'] }, t0);
      expect(await deleteMember(store.db, 'alice')).toBe(true);
      expect(await deleteMember(store.db, 'alice')).toBe(false);
      expect(await getMember(store.db, 'alice')).toBeUndefined();
    });
  });
});
