/**
 * @module
 * Accounts and their credentials: users, browser sessions and API tokens.
 * Secrets are never stored: sessions and tokens are kept as SHA-256 hashes,
 * passwords as scrypt hashes (see `auth/password.ts`).
 */
import { newId } from '../ids.js';
import type { Db } from './database.js';
import { sql } from './statements.js';

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

export function countUsers(db: Db): number {
  return sql<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM users').get()?.n ?? 0;
}

/**
 * @example
 * createUser(db, { email: 'ann@example.com', name: 'Ann', role: 'admin', passwordHash }, now);
 */
export function createUser(
  db: Db,
  user: { id?: string; email: string; name: string; role: Role; passwordHash: string },
  at: string,
): User {
  const id = user.id ?? newId('user');
  sql(
    db,
    `INSERT INTO users (id, email, name, password_hash, role, created_at)
     VALUES (@id, @email, @name, @passwordHash, @role, @at)`,
  ).run({ ...user, id, at });
  return { id, email: user.email, name: user.name, role: user.role, createdAt: at };
}

export function getUser(db: Db, id: string): User | undefined {
  const row = sql<[string], UserRow>(db, 'SELECT * FROM users WHERE id = ?').get(id);
  return row && toUser(row);
}

/** The account and its password hash, for checking a login; e-mail is matched case-insensitively. */
export function findUserCredentials(
  db: Db,
  email: string,
): { user: User; passwordHash: string } | undefined {
  const row = sql<[string], UserRow>(db, 'SELECT * FROM users WHERE email = ?').get(email);
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

export function listUsers(db: Db): User[] {
  return sql<[], UserRow>(db, 'SELECT * FROM users ORDER BY created_at, id').all().map(toUser);
}

export function setUserRole(db: Db, id: string, role: Role): User | undefined {
  sql(db, 'UPDATE users SET role = ? WHERE id = ?').run(role, id);
  return getUser(db, id);
}

export function countOwners(db: Db): number {
  return (
    sql<[], { n: number }>(db, "SELECT COUNT(*) AS n FROM users WHERE role = 'owner'").get()?.n ?? 0
  );
}

/** When each account last signed in, from the audit log's logins (kept as long as the log is). */
export function lastSignIns(db: Db): Map<string, string> {
  const rows = sql<[], { subject: string; at: string }>(
    db,
    "SELECT subject, MAX(at) AS at FROM audit_log WHERE action = 'auth.login' GROUP BY subject",
  ).all();
  return new Map(rows.map((r) => [r.subject, r.at]));
}

/** Removes the account; its sessions and tokens go with it (ON DELETE CASCADE). */
export function deleteUser(db: Db, id: string): boolean {
  return sql(db, 'DELETE FROM users WHERE id = ?').run(id).changes > 0;
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

export function insertSession(db: Db, session: Omit<Session, 'lastUsedAt'>): void {
  sql(
    db,
    `INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_used_at)
     VALUES (@tokenHash, @userId, @csrfToken, @createdAt, @expiresAt, @createdAt)`,
  ).run(session);
}

export function findSession(db: Db, tokenHash: string): Session | undefined {
  return sql<[string], Session>(
    db,
    `SELECT token_hash AS tokenHash, user_id AS userId, csrf_token AS csrfToken,
       created_at AS createdAt, expires_at AS expiresAt, last_used_at AS lastUsedAt
     FROM sessions WHERE token_hash = ?`,
  ).get(tokenHash);
}

export function touchSession(db: Db, tokenHash: string, at: string): void {
  sql(db, 'UPDATE sessions SET last_used_at = ? WHERE token_hash = ?').run(at, tokenHash);
}

export function deleteSession(db: Db, tokenHash: string): void {
  sql(db, 'DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
}

/**
 * Forgets sessions that expired before `at`, and those not used since
 * `idleSince` when it is given; returns how many.
 */
export function deleteExpiredSessions(db: Db, at: string, idleSince?: string): number {
  return sql(
    db,
    `DELETE FROM sessions WHERE expires_at <= @at
       OR COALESCE(last_used_at, created_at) <= @idleSince`,
  ).run({ at, idleSince: idleSince ?? '' }).changes;
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
export function insertApiToken(
  db: Db,
  token: { id?: string; userId: string; name: string; tokenHash: string },
  at: string,
): ApiToken {
  const id = token.id ?? newId('tok');
  sql(
    db,
    `INSERT INTO api_tokens (id, user_id, name, token_hash, created_at)
     VALUES (@id, @userId, @name, @tokenHash, @at)`,
  ).run({ ...token, id, at });
  return getApiToken(db, id) as ApiToken;
}

export function getApiToken(db: Db, id: string): ApiToken | undefined {
  return sql<[string], ApiToken>(db, `SELECT ${TOKEN_COLUMNS} WHERE t.id = ?`).get(id);
}

export function findApiTokenByHash(db: Db, tokenHash: string): ApiToken | undefined {
  return sql<[string], ApiToken>(db, `SELECT ${TOKEN_COLUMNS} WHERE t.token_hash = ?`).get(
    tokenHash,
  );
}

/** Every user's tokens, or one user's when `userId` is given; newest first. */
export function listApiTokens(db: Db, userId?: string): ApiToken[] {
  return sql<[{ userId: string | null }], ApiToken>(
    db,
    `SELECT ${TOKEN_COLUMNS} WHERE (@userId IS NULL OR t.user_id = @userId)
     ORDER BY t.created_at DESC, t.id`,
  ).all({ userId: userId ?? null });
}

export function touchApiToken(db: Db, id: string, at: string): void {
  sql(db, 'UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at, id);
}

export function deleteApiToken(db: Db, id: string): boolean {
  return sql(db, 'DELETE FROM api_tokens WHERE id = ?').run(id).changes > 0;
}
