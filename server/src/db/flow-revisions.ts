/**
 * @module
 * Published revisions of flows. A revision is never updated (the database
 * refuses it): publishing and rolling back both append one, numbered 1, 2, 3...
 * per flow.
 */
import type { FlowDocument } from '@ringflow/shared';
import { newId } from '../ids.js';
import type { Db } from './database.js';
import { sql } from './statements.js';

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
export function publishRevision(
  db: Db,
  flowId: string,
  input: { id?: string; document: FlowDocument; message: string; authorId: string | null },
  at: string,
): Revision {
  const id = input.id ?? newId('rev');
  db.transaction(() => {
    const last = sql<[string], { n: number | null }>(
      db,
      'SELECT MAX(number) AS n FROM flow_revisions WHERE flow_id = ?',
    ).get(flowId);
    sql(
      db,
      `INSERT INTO flow_revisions (id, flow_id, number, document, message, author_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      flowId,
      (last?.n ?? 0) + 1,
      JSON.stringify(input.document),
      input.message,
      input.authorId,
      at,
    );
    sql(db, 'UPDATE flows SET published_revision_id = ? WHERE id = ?').run(id, flowId);
  })();
  return getRevision(db, id) as Revision;
}

/** A flow's revisions, newest first, without their documents. */
export function listRevisions(db: Db, flowId: string): RevisionSummary[] {
  return sql<[string], RevisionRow>(
    db,
    `${REVISION_SELECT.replace('{document}', '')} WHERE r.flow_id = ? ORDER BY r.number DESC`,
  )
    .all(flowId)
    .map(toSummary);
}

export function getRevisionByNumber(db: Db, flowId: string, number: number): Revision | undefined {
  const row = sql<[string, number], RevisionRow>(
    db,
    `${REVISION_SELECT.replace('{document}', ', r.document')} WHERE r.flow_id = ? AND r.number = ?`,
  ).get(flowId, number);
  return row && toRevision(row);
}

/** Any revision by id, a deleted flow's included: a live call is pinned to one. */
export function getRevision(db: Db, revisionId: string): Revision | undefined {
  const row = sql<[string], RevisionRow>(
    db,
    `${REVISION_SELECT.replace('{document}', ', r.document')} WHERE r.id = ?`,
  ).get(revisionId);
  return row && toRevision(row);
}

/**
 * The revision new calls to this flow run, or undefined when the flow was
 * never published or is deleted.
 *
 * @example
 * const revision = getPublishedRevision(db, number.flowId); // { id, number: 3, document, ... }
 */
export function getPublishedRevision(db: Db, flowId: string): Revision | undefined {
  const row = sql<[string], { published_revision_id: string | null }>(
    db,
    'SELECT published_revision_id FROM flows WHERE id = ? AND deleted_at IS NULL',
  ).get(flowId);
  return row?.published_revision_id ? getRevision(db, row.published_revision_id) : undefined;
}

/** The published revision of every flow that is not deleted: what live calls can reach. */
export function listPublishedRevisions(db: Db): (Revision & { flowName: string })[] {
  return sql<[], { id: string; name: string }>(
    db,
    `SELECT published_revision_id AS id, name FROM flows
     WHERE deleted_at IS NULL AND published_revision_id IS NOT NULL`,
  )
    .all()
    .flatMap((r) => {
      const revision = getRevision(db, r.id);
      return revision ? [{ ...revision, flowName: r.name }] : [];
    });
}
