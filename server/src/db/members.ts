/**
 * @module
 * Team members: the people a ring-users node rings, each with the numbers or
 * SIP/client addresses rung together, and a do-not-disturb end.
 */
import { newId } from '../ids.js';
import type { Db } from './database.js';
import { sql } from './statements.js';

export interface Member {
  id: string;
  name: string;
  /** E.164 numbers, `sip:` or `client:` addresses, rung at the same time. */
  addresses: string[];
  /** Skipped by ring-users until this instant (ISO, UTC); null when reachable. */
  dndUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MemberInput {
  name: string;
  addresses: string[];
  dndUntil?: string | null;
}

interface MemberRow {
  id: string;
  name: string;
  addresses: string;
  dnd_until: string | null;
  created_at: string;
  updated_at: string;
}

const toMember = (r: MemberRow): Member => ({
  id: r.id,
  name: r.name,
  addresses: JSON.parse(r.addresses) as string[],
  dndUntil: r.dnd_until,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Everyone, by name. */
export function listMembers(db: Db): Member[] {
  return sql<[], MemberRow>(db, 'SELECT * FROM members ORDER BY name COLLATE NOCASE, id')
    .all()
    .map(toMember);
}

export function getMember(db: Db, id: string): Member | undefined {
  const row = sql<[string], MemberRow>(db, 'SELECT * FROM members WHERE id = ?').get(id);
  return row && toMember(row);
}

/**
 * The members among `ids` that exist, in no particular order; unknown ids
 * are left out (the caller decides what a missing member means).
 *
 * @example
 * getMembersByIds(db, ['alice', 'bob']); // [{ id: 'alice', addresses: ['+14155550101'], ... }, ...]
 */
export function getMembersByIds(db: Db, ids: readonly string[]): Member[] {
  if (ids.length === 0) return [];
  // One statement for any number of ids: the list travels as a JSON array.
  return sql<[string], MemberRow>(
    db,
    'SELECT * FROM members WHERE id IN (SELECT value FROM json_each(?))',
  )
    .all(JSON.stringify(ids))
    .map(toMember);
}

/**
 * @example
 * createMember(db, { id: 'alice', name: 'Alice', addresses: ['+14155550101'] }, now);
 */
export function createMember(db: Db, input: MemberInput & { id?: string }, at: string): Member {
  const id = input.id ?? newId('mem');
  sql(
    db,
    `INSERT INTO members (id, name, addresses, dnd_until, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, input.name, JSON.stringify(input.addresses), input.dndUntil ?? null, at, at);
  return getMember(db, id) as Member;
}

/** Changes the fields given; returns the member as it now is, or undefined when there is none. */
export function updateMember(
  db: Db,
  id: string,
  patch: Partial<MemberInput>,
  at: string,
): Member | undefined {
  const current = getMember(db, id);
  if (!current) return undefined;
  const dndUntil = patch.dndUntil === undefined ? current.dndUntil : patch.dndUntil;
  sql(
    db,
    'UPDATE members SET name = ?, addresses = ?, dnd_until = ?, updated_at = ? WHERE id = ?',
  ).run(
    patch.name ?? current.name,
    JSON.stringify(patch.addresses ?? current.addresses),
    dndUntil,
    at,
    id,
  );
  return getMember(db, id);
}

export function deleteMember(db: Db, id: string): boolean {
  return sql(db, 'DELETE FROM members WHERE id = ?').run(id).changes > 0;
}
