/**
 * @module
 * The audit log: who changed what, when. Rows are only ever appended.
 */
import type { Db } from './database.js';
import { sql } from './statements.js';

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
export function recordAudit(
  db: Db,
  entry: { at: string; userId: string | null; action: string; subject: string; detail?: unknown },
): void {
  sql(
    db,
    'INSERT INTO audit_log (at, user_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)',
  ).run(
    entry.at,
    entry.userId,
    entry.action,
    entry.subject,
    entry.detail === undefined ? null : JSON.stringify(entry.detail),
  );
}

/** Newest first; `before` pages by entry id. */
export function listAudit(db: Db, query: { limit: number; before?: number }): AuditEntry[] {
  const rows = sql<
    [{ before: number | null; limit: number }],
    Omit<AuditEntry, 'detail'> & { detail: string | null }
  >(
    db,
    `SELECT a.id, a.at, a.user_id AS userId, u.name AS userName, a.action, a.subject, a.detail
     FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
     WHERE (@before IS NULL OR a.id < @before) ORDER BY a.id DESC LIMIT @limit`,
  ).all({ before: query.before ?? null, limit: query.limit });
  return rows.map((r) => ({ ...r, detail: r.detail === null ? null : JSON.parse(r.detail) }));
}
