/**
 * @module
 * Published revisions of flows. A revision is never updated (the database
 * refuses it): publishing and rolling back both append one, numbered 1, 2, 3...
 * per flow.
 */
import type { FlowDocument } from '@ringflow/shared';
import { newId } from '../ids.js';
import { type Connection, sqlOf, transaction } from './sql/connection.js';

export interface Author {
  id: string;
  name: string;
}

export interface RevisionSummary {
  id: string;
  flowId: string;
  number: number;
  message: string;
  /** Who published it; null for the demo seed or a deleted user. */
  author: Author | null;
  createdAt: string;
}

export interface Revision extends RevisionSummary {
  document: FlowDocument;
}

export interface RevisionRow {
  id: string;
  flow_id: string;
  number: number;
  message: string;
  author_id: string | null;
  author_name: string | null;
  created_at: string;
  document?: string;
}

export const author = (id: string | null, name: string | null): Author | null =>
  id && name !== null ? { id, name } : null;

export const toSummary = (r: RevisionRow): RevisionSummary => ({
  id: r.id,
  flowId: r.flow_id,
  number: r.number,
  message: r.message,
  author: author(r.author_id, r.author_name),
  createdAt: r.created_at,
});

const toRevision = (r: RevisionRow): Revision => ({
  ...toSummary(r),
  document: JSON.parse(r.document ?? 'null') as FlowDocument,
});

const REVISION_SELECT = `SELECT r.id, r.flow_id, r.number, r.message, r.author_id,
    a.name AS author_name, r.created_at{document}
  FROM flow_revisions r LEFT JOIN users a ON a.id = r.author_id`;

/**
 * Appends the next revision of a flow and makes it the published one, in
 * one transaction (a savepoint when the caller already holds one).
 *
 * @example
 * publishRevision(db, flow.id, { document: flow.draft, message: 'Longer ring', authorId: user.id }, now);
 */
export async function publishRevision(
  db: Connection,
  flowId: string,
  input: { id?: string; document: FlowDocument; message: string; authorId: string | null },
  at: string,
): Promise<Revision> {
  const id = input.id ?? newId('rev');
  return transaction(db, async (tx) => {
    // Two publishes of one flow from two processes take their numbers one after the other.
    await tx.get(`SELECT id FROM flows WHERE id = ?${tx.forUpdate}`, [flowId]);
    const last = await tx.get<{ n: number | null }>(
      'SELECT MAX(number) AS n FROM flow_revisions WHERE flow_id = ?',
      [flowId],
    );
    await tx.run(
      `INSERT INTO flow_revisions (id, flow_id, number, document, message, author_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        flowId,
        (last?.n ?? 0) + 1,
        JSON.stringify(input.document),
        input.message,
        input.authorId,
        at,
      ],
    );
    await tx.run('UPDATE flows SET published_revision_id = ? WHERE id = ?', [id, flowId]);
    return (await getRevision(tx, id)) as Revision;
  });
}

/** A flow's revisions, newest first, without their documents. */
export async function listRevisions(db: Connection, flowId: string): Promise<RevisionSummary[]> {
  return (
    await sqlOf(db).all<RevisionRow>(
      `${REVISION_SELECT.replace('{document}', '')} WHERE r.flow_id = ? ORDER BY r.number DESC`,
      [flowId],
    )
  ).map(toSummary);
}

export async function getRevisionByNumber(
  db: Connection,
  flowId: string,
  number: number,
): Promise<Revision | undefined> {
  const row = await sqlOf(db).get<RevisionRow>(
    `${REVISION_SELECT.replace('{document}', ', r.document')} WHERE r.flow_id = ? AND r.number = ?`,
    [flowId, number],
  );
  return row && toRevision(row);
}

/** Any revision by id, a deleted flow's included: a live call is pinned to one. */
export async function getRevision(
  db: Connection,
  revisionId: string,
): Promise<Revision | undefined> {
  const row = await sqlOf(db).get<RevisionRow>(
    `${REVISION_SELECT.replace('{document}', ', r.document')} WHERE r.id = ?`,
    [revisionId],
  );
  return row && toRevision(row);
}

/**
 * The revision new calls to this flow run, or undefined when the flow was
 * never published or is deleted.
 *
 * @example
 * const revision = getPublishedRevision(db, number.flowId); // { id, number: 3, document, ... }
 */
export async function getPublishedRevision(
  db: Connection,
  flowId: string,
): Promise<Revision | undefined> {
  const row = await sqlOf(db).get<{ published_revision_id: string | null }>(
    'SELECT published_revision_id FROM flows WHERE id = ? AND deleted_at IS NULL',
    [flowId],
  );
  return row?.published_revision_id ? await getRevision(db, row.published_revision_id) : undefined;
}

/** The published revision of every flow that is not deleted: what live calls can reach. */
export async function listPublishedRevisions(
  db: Connection,
): Promise<(Revision & { flowName: string })[]> {
  const rows = await sqlOf(db).all<{ id: string; name: string }>(
    `SELECT published_revision_id AS id, name FROM flows
     WHERE deleted_at IS NULL AND published_revision_id IS NOT NULL`,
  );
  const published: (Revision & { flowName: string })[] = [];
  for (const r of rows) {
    const revision = await getRevision(db, r.id);
    if (revision) published.push({ ...revision, flowName: r.name });
  }
  return published;
}
