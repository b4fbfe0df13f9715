import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMember,
  deleteMember,
  getMember,
  getMembersByIds,
  listMembers,
  updateMember,
} from '../src/db/members.js';
import { tempDatabase } from './api-harness.js';

let store: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  store = tempDatabase();
});
afterEach(() => store.close());

const t0 = '2026-11-23T15:00:00.000Z';
const t1 = '2026-11-23T16:00:00.000Z';

describe('members', () => {
  it('round-trips the addresses as a list, with an explicit or generated id', () => {
    const bob = createMember(
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
    const ann = createMember(store.db, { name: 'Ann', addresses: ['+14155550101'] }, t0);
    expect(ann.id).toMatch(/^mem_[\w-]{22}$/);
    expect(listMembers(store.db).map((m) => m.name)).toEqual(['Ann', 'bob']);
  });

  it('looks up several by id, leaving out unknown ones', () => {
    createMember(store.db, { id: 'alice', name: 'Alice', addresses: ['+14155550101'] }, t0);
    createMember(store.db, { id: 'bob', name: 'Bob', addresses: ['+14155550102'] }, t0);
    expect(
      getMembersByIds(store.db, ['bob', 'ghost', 'alice'])
        .map((m) => m.id)
        .sort(),
    ).toEqual(['alice', 'bob']);
    expect(getMembersByIds(store.db, [])).toEqual([]);
  });

  it('changes only the given fields, and can clear do not disturb', () => {
    createMember(
      store.db,
      { id: 'alice', name: 'Alice', addresses: ['+14155550101'], dndUntil: t1 },
      t0,
    );
    expect(updateMember(store.db, 'alice', { name: 'Alicia' }, t1)).toMatchObject({
      name: 'Alicia',
      addresses: ['+14155550101'],
      dndUntil: t1,
      updatedAt: t1,
    });
    expect(updateMember(store.db, 'alice', { dndUntil: null }, t1)?.dndUntil).toBeNull();
    expect(updateMember(store.db, 'ghost', { name: 'X' }, t1)).toBeUndefined();
  });

  it('deletes', () => {
    createMember(store.db, { id: 'alice', name: 'Alice', addresses: ['+14155550101'] }, t0);
    expect(deleteMember(store.db, 'alice')).toBe(true);
    expect(deleteMember(store.db, 'alice')).toBe(false);
    expect(getMember(store.db, 'alice')).toBeUndefined();
  });
});
