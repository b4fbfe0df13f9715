/**
 * @module
 * Failed sign-ins, one row per key (`account:<e-mail>` or `address:<ip>`):
 * how many in a row, and until when the key is slowed or locked. The rules
 * live in `auth/login-throttle.ts`; this file only stores their state.
 */
import { type Connection, oneAtATime, sqlOf } from './sql/connection.js';

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

export function getLoginThrottle(db: Connection, key: string): Promise<LoginThrottle | undefined> {
  return sqlOf(db).get<LoginThrottle>(`SELECT ${COLUMNS} WHERE key = ?`, [key]);
}

/**
 * Holds `keys` until the transaction ends, so that attempts made at the same
 * moment are counted one after the other (call it first, with the keys in
 * the same order everywhere). SQLite's transaction already holds the whole
 * database; PostgreSQL's could not lock a row that does not exist yet, so it
 * locks each key itself (a lock of the transaction, on the key's hash).
 *
 * @example
 * await transaction(db, async (tx) => {
 *   await lockLoginThrottles(tx, ['account:ann@example.com', 'address:203.0.113.5']);
 *   const row = await getLoginThrottle(tx, 'account:ann@example.com');
 * });
 */
export async function lockLoginThrottles(db: Connection, keys: readonly string[]): Promise<void> {
  for (const key of keys) await oneAtATime(sqlOf(db), `login-throttle:${key}`);
}

/**
 * @example
 * await saveLoginThrottle(db, { key: 'account:ann@example.com', failures: 6, lastFailureAt: now, blockedUntil, lockedUntil: null });
 */
export async function saveLoginThrottle(db: Connection, row: LoginThrottle): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO login_throttles (key, failures, last_failure_at, blocked_until, locked_until)
     VALUES (@key, @failures, @lastFailureAt, @blockedUntil, @lockedUntil)
     ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
       last_failure_at = excluded.last_failure_at, blocked_until = excluded.blocked_until,
       locked_until = excluded.locked_until`,
    row,
  );
}

export async function deleteLoginThrottle(db: Connection, key: string): Promise<boolean> {
  return (await sqlOf(db).run('DELETE FROM login_throttles WHERE key = ?', [key])) > 0;
}

/** Keys slowed or locked at `at`, locked first, then by how long they have left. */
export function listBlockedLogins(db: Connection, at: string): Promise<LoginThrottle[]> {
  return sqlOf(db).all<LoginThrottle>(
    `SELECT ${COLUMNS} WHERE blocked_until > @at
     ORDER BY locked_until IS NULL, blocked_until DESC, key`,
    { at },
  );
}

/**
 * Forgets keys whose last failure is older than `quietSince` and that are
 * not blocked at `at`, then the quietest rows beyond {@link MAX_THROTTLE_ROWS}.
 */
export async function pruneLoginThrottles(
  db: Connection,
  at: string,
  quietSince: string,
): Promise<number> {
  const sql = sqlOf(db);
  const old = await sql.run(
    `DELETE FROM login_throttles
     WHERE last_failure_at <= @quietSince AND (blocked_until IS NULL OR blocked_until <= @at)`,
    { at, quietSince },
  );
  const excess = await sql.run(
    `DELETE FROM login_throttles WHERE key NOT IN (
       SELECT key FROM login_throttles ORDER BY last_failure_at DESC LIMIT ?)`,
    [MAX_THROTTLE_ROWS],
  );
  return old + excess;
}
