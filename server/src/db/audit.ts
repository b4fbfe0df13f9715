import { type Connection, sqlOf } from './sql/connection.js';

export interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  /** The user's name at reading time; null for the system or a deleted user. */
  userName: string | null;
  /** What happened, `resource.verb`: `member.create`, `flow.publish`, `auth.login`, ... */
  action: string;
  /** What it happened to, usually an id. */
  subject: string;
  detail: unknown;
}

/**
 * Appends one entry; call it in the same transaction as the change it records.
 *
 * @example
 * recordAudit(db, { at: now, userId: user.id, action: 'flow.publish', subject: flow.id, detail: { number: 3 } });
 */
export async function recordAudit(
  db: Connection,
  entry: { at: string; userId: string | null; action: string; subject: string; detail?: unknown },
): Promise<void> {
  await sqlOf(db).run(
    'INSERT INTO audit_log (at, user_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)',
    [
      entry.at,
      entry.userId,
      entry.action,
      entry.subject,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
    ],
  );
}

/**
 * Newest first; `before` pages by entry id. `action` keeps one action
 * (`auth.login_failed`), or a family when it ends in `.*` (`auth.*`).
 *
 * @example
 * listAudit(db, { limit: 50, action: 'auth.*' });
 */
export async function listAudit(
  db: Connection,
  query: { limit: number; before?: number; action?: string },
): Promise<AuditEntry[]> {
  const family = query.action?.endsWith('.*') ? query.action.slice(0, -1) : null;
  const rows = await sqlOf(db).all<Omit<AuditEntry, 'detail'> & { detail: string | null }>(
    `SELECT a.id, a.at, a.user_id AS userId, u.name AS userName, a.action, a.subject, a.detail
     FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
     WHERE (CAST(@before AS BIGINT) IS NULL OR a.id < @before)
       AND (CAST(@action AS TEXT) IS NULL OR a.action = @action)
       AND (CAST(@from AS TEXT) IS NULL OR (a.action >= @from AND a.action < @to))
     ORDER BY a.id DESC LIMIT @limit`,
    {
      before: query.before ?? null,
      limit: query.limit,
      action: family === null ? (query.action ?? null) : null,
      // A range rather than LIKE, so `_` in `auth.login_failed` is no wildcard and the index serves it.
      from: family,
      to: family === null ? null : `${family.slice(0, -1)}/`,
    },
  );
  return rows.map((r) => ({ ...r, detail: r.detail === null ? null : JSON.parse(r.detail) }));
}

/** Every action the log holds, for a filter to choose from. */
export async function listAuditActions(db: Connection): Promise<string[]> {
  return (
    await sqlOf(db).all<{ action: string }>('SELECT DISTINCT action FROM audit_log ORDER BY action')
  ).map((r) => r.action);
}
