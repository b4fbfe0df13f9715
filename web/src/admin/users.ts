import type { ApiReply, ListedUser, User } from '../api/types.js';
import type { FieldErrors } from '../ui/field-errors.js';

export type { ListedUser } from '../api/types.js';
export type UsersReply = ApiReply<'/users', 'get'>;

/** What the add-user form edits; the password is the one the owner passes on. */
export interface UserDraft {
  name: string;
  email: string;
  role: User['role'];
  password: string;
}

export const ROLE_LABELS: Record<User['role'], string> = {
  owner: 'Owner',
  admin: 'Admin',
};

/** What each role may do, as the form explains it (server/src/api/authenticate.ts decides). */
export const ROLE_HINTS: Record<User['role'], string> = {
  owner: 'Everything, including accounts, retention and the audit log',
  admin: 'Flows, numbers, team, schedules, greetings, calls and voicemail',
};

/**
 * The browser's check of a new account, with the server's rules and field
 * names (server/src/api/users.ts), so errors land under the same inputs.
 *
 * @example
 * checkUserDraft({ name: '', email: 'ann@', role: 'admin', password: 'short' }).errors
 * // { name: 'Give a name', email: 'Give an e-mail address', password: 'Use at least 8 characters' }
 */
export function checkUserDraft(draft: UserDraft): { body: UserDraft; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const body = { ...draft, name: draft.name.trim(), email: draft.email.trim() };
  if (!body.name) errors.name = 'Give a name';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)) errors.email = 'Give an e-mail address';
  if (draft.password.length < 8) errors.password = 'Use at least 8 characters';
  return { body, errors };
}

/** The owners among `users`: the last one can be neither demoted nor removed. */
export function ownerCount(users: ListedUser[]): number {
  return users.filter((u) => u.role === 'owner').length;
}
