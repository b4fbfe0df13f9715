/**
 * @module
 * Accounts and their credentials: users, browser sessions and API tokens.
 * Secrets are never stored: sessions and tokens are kept as SHA-256 hashes,
 * passwords as scrypt hashes (see `auth/password.ts`).
 */
import { newId } from '../ids.js';
import { type Connection, sqlOf } from './sql/connection.js';

export type Role = 'owner' | 'admin';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  created_at: string;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role,
  createdAt: r.created_at,
});

export async function countUsers(db: Connection): Promise<number> {
  return (await sqlOf(db).get<{ n: number }>('SELECT COUNT(*) AS n FROM users'))?.n ?? 0;
}

/**
 * @example
 * createUser(db, { email: 'ann@example.com', name: 'Ann', role: 'admin', passwordHash }, now);
 */
export async function createUser(
  db: Connection,
  user: { id?: string; email: string; name: string; role: Role; passwordHash: string },
  at: string,
): Promise<User> {
  const id = user.id ?? newId('user');
  await sqlOf(db).run(
    `INSERT INTO users (id, email, name, password_hash, role, created_at)
     VALUES (@id, @email, @name, @passwordHash, @role, @at)`,
    { ...user, id, at },
  );
  return { id, email: user.email, name: user.name, role: user.role, createdAt: at };
}

export async function getUser(db: Connection, id: string): Promise<User | undefined> {
  const row = await sqlOf(db).get<UserRow>('SELECT * FROM users WHERE id = ?', [id]);
  return row && toUser(row);
}

/** The account and its password hash, for checking a login; e-mail is matched case-insensitively. */
export async function findUserCredentials(
  db: Connection,
  email: string,
): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await sqlOf(db).get<UserRow>('SELECT * FROM users WHERE email = ?', [email]);
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

export async function listUsers(db: Connection): Promise<User[]> {
  return (await sqlOf(db).all<UserRow>('SELECT * FROM users ORDER BY created_at, id')).map(toUser);
}

export async function setUserRole(
  db: Connection,
  id: string,
  role: Role,
): Promise<User | undefined> {
  await sqlOf(db).run('UPDATE users SET role = ? WHERE id = ?', [role, id]);
  return await getUser(db, id);
}

export async function countOwners(db: Connection): Promise<number> {
  return (
    (await sqlOf(db).get<{ n: number }>("SELECT COUNT(*) AS n FROM users WHERE role = 'owner'"))
      ?.n ?? 0
  );
}

/** When each account last signed in, from the audit log's logins (kept as long as the log is). */
export async function lastSignIns(db: Connection): Promise<Map<string, string>> {
  const rows = await sqlOf(db).all<{ subject: string; at: string }>(
    "SELECT subject, MAX(at) AS at FROM audit_log WHERE action = 'auth.login' GROUP BY subject",
  );
  return new Map(rows.map((r) => [r.subject, r.at]));
}

/** Removes the account; its sessions and tokens go with it (ON DELETE CASCADE). */
export async function deleteUser(db: Connection, id: string): Promise<boolean> {
  return (await sqlOf(db).run('DELETE FROM users WHERE id = ?', [id])) > 0;
}

export interface Session {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  /** When a request last used it (kept to the minute); null: not since it began. */
  lastUsedAt: string | null;
}

export async function insertSession(
  db: Connection,
  session: Omit<Session, 'lastUsedAt'>,
): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_used_at)
     VALUES (@tokenHash, @userId, @csrfToken, @createdAt, @expiresAt, @createdAt)`,
    session,
  );
}

export async function findSession(db: Connection, tokenHash: string): Promise<Session | undefined> {
  return await sqlOf(db).get<Session>(
    `SELECT token_hash AS tokenHash, user_id AS userId, csrf_token AS csrfToken,
       created_at AS createdAt, expires_at AS expiresAt, last_used_at AS lastUsedAt
     FROM sessions WHERE token_hash = ?`,
    [tokenHash],
  );
}

export async function touchSession(db: Connection, tokenHash: string, at: string): Promise<void> {
  await sqlOf(db).run('UPDATE sessions SET last_used_at = ? WHERE token_hash = ?', [at, tokenHash]);
}

export async function deleteSession(db: Connection, tokenHash: string): Promise<void> {
  await sqlOf(db).run('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
}

/**
 * Forgets sessions that expired before `at`, and those not used since
 * `idleSince` when it is given; returns how many.
 */
export async function deleteExpiredSessions(
  db: Connection,
  at: string,
  idleSince?: string,
): Promise<number> {
  return await sqlOf(db).run(
    `DELETE FROM sessions WHERE expires_at <= @at
       OR COALESCE(last_used_at, created_at) <= @idleSince`,
    { at, idleSince: idleSince ?? '' },
  );
}

export interface ApiToken {
  id: string;
  userId: string;
  userName: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const TOKEN_COLUMNS = `t.id, t.user_id AS userId, u.name AS userName, t.name, t.created_at AS createdAt,
  t.last_used_at AS lastUsedAt FROM api_tokens t JOIN users u ON u.id = t.user_id`;

/** Stores a token by its hash; the token itself is shown once, by the caller. */
export async function insertApiToken(
  db: Connection,
  token: { id?: string; userId: string; name: string; tokenHash: string },
  at: string,
): Promise<ApiToken> {
  const id = token.id ?? newId('tok');
  await sqlOf(db).run(
    `INSERT INTO api_tokens (id, user_id, name, token_hash, created_at)
     VALUES (@id, @userId, @name, @tokenHash, @at)`,
    { ...token, id, at },
  );
  return (await getApiToken(db, id)) as ApiToken;
}

export async function getApiToken(db: Connection, id: string): Promise<ApiToken | undefined> {
  return await sqlOf(db).get<ApiToken>(`SELECT ${TOKEN_COLUMNS} WHERE t.id = ?`, [id]);
}

export async function findApiTokenByHash(
  db: Connection,
  tokenHash: string,
): Promise<ApiToken | undefined> {
  return await sqlOf(db).get<ApiToken>(`SELECT ${TOKEN_COLUMNS} WHERE t.token_hash = ?`, [
    tokenHash,
  ]);
}

/** Every user's tokens, or one user's when `userId` is given; newest first. */
export async function listApiTokens(db: Connection, userId?: string): Promise<ApiToken[]> {
  return await sqlOf(db).all<ApiToken>(
    `SELECT ${TOKEN_COLUMNS} WHERE (CAST(@userId AS TEXT) IS NULL OR t.user_id = @userId)
     ORDER BY t.created_at DESC, t.id`,
    { userId: userId ?? null },
  );
}

export async function touchApiToken(db: Connection, id: string, at: string): Promise<void> {
  await sqlOf(db).run('UPDATE api_tokens SET last_used_at = ? WHERE id = ?', [at, id]);
}

export async function deleteApiToken(db: Connection, id: string): Promise<boolean> {
  return (await sqlOf(db).run('DELETE FROM api_tokens WHERE id = ?', [id])) > 0;
}
