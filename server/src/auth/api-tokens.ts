/**
 * @module
 * API tokens for automation: `rf_` + 256 random bits, shown once when
 * created and stored only as a hash.
 */
import {
  type ApiToken,
  findApiTokenByHash,
  getUser,
  insertApiToken,
  touchApiToken,
  type User,
} from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import { hashToken, randomToken } from './secrets.js';

export const API_TOKEN_PREFIX = 'rf_';

/**
 * Creates a token for a user; the returned `token` is the only copy.
 *
 * @example
 * const { token } = issueApiToken(deps, user.id, 'CI deploys');
 * // curl -H "Authorization: Bearer $token" .../api/flows
 */
export async function issueApiToken(
  deps: ServerDeps,
  userId: string,
  name: string,
): Promise<{ token: string; record: ApiToken }> {
  const token = `${API_TOKEN_PREFIX}${randomToken()}`;
  const record = await insertApiToken(
    deps.db,
    { userId, name, tokenHash: hashToken(token) },
    deps.clock.now().toISOString(),
  );
  return { token, record };
}

/** The user a bearer token acts for, noting when it was last used; undefined for an unknown token. */
export async function resolveApiToken(
  deps: ServerDeps,
  token: string,
): Promise<{ user: User; token: ApiToken } | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const record = await findApiTokenByHash(deps.db, hashToken(token));
  const user = record && (await getUser(deps.db, record.userId));
  if (!record || !user) return undefined;
  await touchApiToken(deps.db, record.id, deps.clock.now().toISOString());
  return { user, token: record };
}
