/**
 * @module
 * Failed sign-ins, one row per key (`account:<e-mail>` or `address:<ip>`):
 * how many in a row, and until when the key is slowed or locked. The rules
 * live in `auth/login-throttle.ts`; this file only stores their state.
 */
import type { Db } from './database.js';
import { sql } from './statements.js';

export interface LoginThrottle {
  key: string;
  failures: number;
  lastFailureAt: string;
  blockedUntil: string | null;
  lockedUntil: string | null;
}

const COLUMNS = `key, failures, last_failure_at AS lastFailureAt, blocked_until AS blockedUntil,
  locked_until AS lockedUntil FROM login_throttles`;

/** Rows kept at most; past it the quietest go first, so a flood of keys cannot fill the disk. */
export const MAX_THROTTLE_ROWS = 50_000;

export function getLoginThrottle(db: Db, key: string): LoginThrottle | undefined {
  return sql<[string], LoginThrottle>(db, `SELECT ${COLUMNS} WHERE key = ?`).get(key);
}

/**
 * @example
 * saveLoginThrottle(db, { key: 'account:ann@example.com', failures: 6, lastFailureAt: now, blockedUntil, lockedUntil: null });
 */
export function saveLoginThrottle(db: Db, row: LoginThrottle): void {
  sql(
    db,
    `INSERT INTO login_throttles (key, failures, last_failure_at, blocked_until, locked_until)
     VALUES (@key, @failures, @lastFailureAt, @blockedUntil, @lockedUntil)
     ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
       last_failure_at = excluded.last_failure_at, blocked_until = excluded.blocked_until,
       locked_until = excluded.locked_until`,
  ).run(row);
}

export function deleteLoginThrottle(db: Db, key: string): boolean {
  return sql(db, 'DELETE FROM login_throttles WHERE key = ?').run(key).changes > 0;
}

/** Keys slowed or locked at `at`, locked first, then by how long they have left. */
export function listBlockedLogins(db: Db, at: string): LoginThrottle[] {
  return sql<[{ at: string }], LoginThrottle>(
    db,
    `SELECT ${COLUMNS} WHERE blocked_until > @at
     ORDER BY locked_until IS NULL, blocked_until DESC, key`,
  ).all({ at });
}

/**
 * Forgets keys whose last failure is older than `quietSince` and that are
 * not blocked at `at`, then the quietest rows beyond {@link MAX_THROTTLE_ROWS}.
 */
export function pruneLoginThrottles(db: Db, at: string, quietSince: string): number {
  const old = sql(
    db,
    `DELETE FROM login_throttles
     WHERE last_failure_at <= @quietSince AND (blocked_until IS NULL OR blocked_until <= @at)`,
  ).run({ at, quietSince }).changes;
  const excess = sql(
    db,
    `DELETE FROM login_throttles WHERE key IN (
       SELECT key FROM login_throttles ORDER BY last_failure_at DESC LIMIT -1 OFFSET ?)`,
  ).run(MAX_THROTTLE_ROWS).changes;
  return old + excess;
}
