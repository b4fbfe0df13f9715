/**
 * @module
 * Team members: the people a ring-users node rings, each with the numbers or
 * SIP/client addresses rung together, and a do-not-disturb end.
 */
import { newId } from '../ids.js';
import { type Connection, sqlOf } from './sql/connection.js';

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
export async function listMembers(db: Connection): Promise<Member[]> {
  return (
    await sqlOf(db).all<MemberRow>('SELECT * FROM members ORDER BY name COLLATE NOCASE, id')
  ).map(toMember);
}

export async function getMember(db: Connection, id: string): Promise<Member | undefined> {
  const row = await sqlOf(db).get<MemberRow>('SELECT * FROM members WHERE id = ?', [id]);
  return row && toMember(row);
}

/**
 * The members among `ids` that exist, in no particular order; unknown ids
 * are left out (the caller decides what a missing member means).
 *
 * @example
 * getMembersByIds(db, ['alice', 'bob']); // [{ id: 'alice', addresses: ['+14155550101'], ... }, ...]
 */
export async function getMembersByIds(db: Connection, ids: readonly string[]): Promise<Member[]> {
  if (ids.length === 0) return [];
  // One statement for any number of ids: the list travels as a JSON array.
  return (
    await sqlOf(db).all<MemberRow>(
      'SELECT * FROM members WHERE id IN (SELECT value FROM json_each(?))',
      [JSON.stringify(ids)],
    )
  ).map(toMember);
}

/**
 * @example
 * createMember(db, { id: 'alice', name: 'Alice', addresses: ['+14155550101'] }, now);
 */
export async function createMember(
  db: Connection,
  input: MemberInput & { id?: string },
  at: string,
): Promise<Member> {
  const id = input.id ?? newId('mem');
  await sqlOf(db).run(
    `INSERT INTO members (id, name, addresses, dnd_until, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [id, input.name, JSON.stringify(input.addresses), input.dndUntil ?? null, at, at],
  );
  return (await getMember(db, id)) as Member;
}

/** Changes the fields given; returns the member as it now is, or undefined when there is none. */
export async function updateMember(
  db: Connection,
  id: string,
  patch: Partial<MemberInput>,
  at: string,
): Promise<Member | undefined> {
  const current = await getMember(db, id);
  if (!current) return undefined;
  const dndUntil = patch.dndUntil === undefined ? current.dndUntil : patch.dndUntil;
  await sqlOf(db).run(
    'UPDATE members SET name = ?, addresses = ?, dnd_until = ?, updated_at = ? WHERE id = ?',
    [
      patch.name ?? current.name,
      JSON.stringify(patch.addresses ?? current.addresses),
      dndUntil,
      at,
      id,
    ],
  );
  return await getMember(db, id);
}

export async function deleteMember(db: Connection, id: string): Promise<boolean> {
  return (await sqlOf(db).run('DELETE FROM members WHERE id = ?', [id])) > 0;
}
