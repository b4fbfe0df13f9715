import { findUserCredentials, type User } from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { DECOY_HASH, verifyPassword } from './password.js';

/**
 * The user whose e-mail and password these are, or undefined. An unknown
 * e-mail costs the same scrypt work as a wrong password, so neither the
 * answer nor its timing tells which accounts exist.
 *
 * @example
 * const user = await checkLogin(deps, 'owner@example.com', 'correct horse battery');
 */
export async function checkLogin(
  deps: ServerDeps,
  email: string,
  password: string,
): Promise<User | undefined> {
  const credentials = await findUserCredentials(deps.db, email.trim());
  const matches = await verifyPassword(password, credentials?.passwordHash ?? DECOY_HASH);
  return matches && credentials ? credentials.user : undefined;
}
