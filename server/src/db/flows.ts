/**
 * @module
 * Flows and their drafts. A flow has one draft, edited freely, and published
 * revisions (`flow-revisions.ts`, re-exported here so that flows are stored
 * and read through one module). A deleted flow is hidden, not removed,
 * because calls keep pointing at the revisions they ran.
 */
import type { FlowDocument } from '@ringflow/shared';
import { newId } from '../ids.js';
import { type Author, author, type RevisionSummary, toSummary } from './flow-revisions.js';
import { type Connection, sqlOf } from './sql/connection.js';

export {
  type Author,
  getPublishedRevision,
  getRevision,
  getRevisionByNumber,
  listPublishedRevisions,
  listRevisions,
  publishRevision,
  type Revision,
  type RevisionSummary,
} from './flow-revisions.js';

export interface FlowSummary {
  id: string;
  name: string;
  createdAt: string;
  draftUpdatedAt: string;
  draftUpdatedBy: Author | null;
  published: RevisionSummary | null;
}

export interface Flow extends FlowSummary {
  draft: FlowDocument;
}

interface FlowRow {
  id: string;
  name: string;
  created_at: string;
  draft_updated_at: string;
  draft_updated_by: string | null;
  editor_name: string | null;
  draft?: string;
  r_id: string | null;
  r_number: number | null;
  r_message: string | null;
  r_author_id: string | null;
  r_author_name: string | null;
  r_created_at: string | null;
}

const toFlowSummary = (r: FlowRow): FlowSummary => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  draftUpdatedAt: r.draft_updated_at,
  draftUpdatedBy: author(r.draft_updated_by, r.editor_name),
  published:
    r.r_id === null
      ? null
      : toSummary({
          id: r.r_id,
          flow_id: r.id,
          number: r.r_number ?? 0,
          message: r.r_message ?? '',
          author_id: r.r_author_id,
          author_name: r.r_author_name,
          created_at: r.r_created_at ?? '',
        }),
});

// `{draft}` is replaced by the draft column or nothing: lists do not read the documents.
const FLOW_SELECT = `SELECT f.id, f.name, f.created_at, f.draft_updated_at, f.draft_updated_by,
    e.name AS editor_name{draft}, r.id AS r_id, r.number AS r_number, r.message AS r_message,
    r.author_id AS r_author_id, a.name AS r_author_name, r.created_at AS r_created_at
  FROM flows f
  LEFT JOIN users e ON e.id = f.draft_updated_by
  LEFT JOIN flow_revisions r ON r.id = f.published_revision_id
  LEFT JOIN users a ON a.id = r.author_id
  WHERE f.deleted_at IS NULL`;

/** Flows that are not deleted, by name, without their documents. */
export async function listFlows(db: Connection): Promise<FlowSummary[]> {
  return (
    await sqlOf(db).all<FlowRow>(`${FLOW_SELECT.replace('{draft}', '')} ORDER BY f.name, f.id`)
  ).map(toFlowSummary);
}

/** How many flows were ever created, deleted ones included. */
export async function countFlows(db: Connection): Promise<number> {
  return (await sqlOf(db).get<{ n: number }>('SELECT COUNT(*) AS n FROM flows'))?.n ?? 0;
}

export async function getFlow(db: Connection, id: string): Promise<Flow | undefined> {
  const row = await sqlOf(db).get<FlowRow>(
    `${FLOW_SELECT.replace('{draft}', ', f.draft')} AND f.id = ?`,
    [id],
  );
  return row && { ...toFlowSummary(row), draft: JSON.parse(row.draft ?? 'null') as FlowDocument };
}

/**
 * A new flow whose name is its draft's name.
 *
 * @example
 * createFlow(db, { draft, userId: user.id }, now);
 */
export async function createFlow(
  db: Connection,
  input: { id?: string; draft: FlowDocument; userId: string | null },
  at: string,
): Promise<Flow> {
  const id = input.id ?? newId('flow');
  await sqlOf(db).run(
    `INSERT INTO flows (id, name, draft, draft_updated_at, draft_updated_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
    [id, input.draft.name, JSON.stringify(input.draft), at, input.userId, at],
  );
  return (await getFlow(db, id)) as Flow;
}

/** Replaces the draft (and the flow's name, which follows the draft's). */
export async function saveDraft(
  db: Connection,
  id: string,
  input: { draft: FlowDocument; userId: string | null },
  at: string,
): Promise<boolean> {
  const changes = await sqlOf(db).run(
    `UPDATE flows SET name = ?, draft = ?, draft_updated_at = ?, draft_updated_by = ?
     WHERE id = ? AND deleted_at IS NULL`,
    [input.draft.name, JSON.stringify(input.draft), at, input.userId, id],
  );
  return changes > 0;
}

/** Hides the flow; its revisions stay for the calls that ran them. */
export async function deleteFlow(db: Connection, id: string, at: string): Promise<boolean> {
  return (
    (await sqlOf(db).run('UPDATE flows SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL', [
      at,
      id,
    ])) > 0
  );
}
