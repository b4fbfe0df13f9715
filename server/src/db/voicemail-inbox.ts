/**
 * @module
 * The voicemail inbox as the team works it: the list with its filters and
 * search, who has opened what, comments, who handles a message, and
 * deleting one (its row stays, without audio or transcript, for the call log).
 */
import { newId } from '../ids.js';
import type { Db } from './database.js';
import { sql } from './statements.js';
import { VOICEMAIL_COLUMNS, type Voicemail, type VoicemailStatus } from './voicemails.js';

/** A voicemail with the names and counts the inbox shows, as seen by one user. */
export interface InboxVoicemail extends Voicemail {
  numberName: string | null;
  handledByName: string | null;
  assigneeName: string | null;
  transcriptEditedByName: string | null;
  /** Opened by the user the list was made for. */
  read: boolean;
  commentCount: number;
}

export interface InboxQuery {
  /** Whose read marks to report. */
  userId: string;
  numberId?: string | undefined;
  status?: VoicemailStatus | undefined;
  assigneeId?: string | undefined;
  /** Searched in the transcript, and (digits only) in the caller's number. */
  q?: string | undefined;
  /** Only voicemails left before this instant (the next page). */
  before?: string | undefined;
  limit: number;
}

type Row = Omit<InboxVoicemail, 'read'> & { read: number };

const SELECT = `SELECT v.*, n.name AS numberName, hb.name AS handledByName, a.name AS assigneeName,
    te.name AS transcriptEditedByName,
    EXISTS (SELECT 1 FROM voicemail_reads r WHERE r.voicemail_id = v.id AND r.user_id = @userId) AS read,
    (SELECT COUNT(*) FROM voicemail_comments c WHERE c.voicemail_id = v.id) AS commentCount
  FROM (SELECT ${VOICEMAIL_COLUMNS}) AS v
  LEFT JOIN phone_numbers n ON n.id = v.numberId
  LEFT JOIN users hb ON hb.id = v.handledBy
  LEFT JOIN users a ON a.id = v.assigneeId
  LEFT JOIN users te ON te.id = v.transcriptEditedBy`;

const toInbox = (row: Row): InboxVoicemail => ({ ...row, read: row.read === 1 });

/**
 * Voicemails not deleted, newest first.
 *
 * @example
 * listInbox(db, { userId, status: 'new', q: '555 0123', limit: 50 });
 */
export function listInbox(db: Db, query: InboxQuery): InboxVoicemail[] {
  const q = query.q?.trim() || null;
  return sql<[Record<string, unknown>], Row>(
    db,
    `${SELECT}
     WHERE v.deletedAt IS NULL
       AND (@numberId IS NULL OR v.numberId = @numberId)
       AND (@status IS NULL OR v.status = @status)
       AND (@assigneeId IS NULL OR v.assigneeId = @assigneeId)
       AND (@before IS NULL OR v.at < @before)
       AND (@q IS NULL
         OR instr(lower(COALESCE(v.transcript, '')), lower(@q)) > 0
         OR (@digits <> '' AND instr(replace(v.caller, '+', ''), @digits) > 0))
     ORDER BY v.at DESC, v.id DESC
     LIMIT @limit`,
  )
    .all({
      userId: query.userId,
      numberId: query.numberId ?? null,
      status: query.status ?? null,
      assigneeId: query.assigneeId ?? null,
      before: query.before ?? null,
      q,
      // "555 0123" finds +14155550123: numbers are compared by their digits.
      digits: q?.replace(/\D/g, '') ?? '',
      limit: query.limit,
    })
    .map(toInbox);
}

/** One voicemail as `userId` sees it, deleted ones included (the caller decides). */
export function getInboxVoicemail(db: Db, id: string, userId: string): InboxVoicemail | undefined {
  const row = sql<[Record<string, unknown>], Row>(db, `${SELECT} WHERE v.id = @id`).get({
    id,
    userId,
  });
  return row && toInbox(row);
}

/** New voicemails, not deleted, that `userId` has not opened. */
export function unreadCount(db: Db, userId: string): number {
  return (
    sql<[string], { n: number }>(
      db,
      `SELECT COUNT(*) AS n FROM voicemails v
       WHERE v.deleted_at IS NULL AND v.status = 'new'
         AND NOT EXISTS (SELECT 1 FROM voicemail_reads r WHERE r.voicemail_id = v.id AND r.user_id = ?)`,
    ).get(userId)?.n ?? 0
  );
}

export function markRead(db: Db, voicemailId: string, userId: string, at: string): void {
  sql(
    db,
    `INSERT INTO voicemail_reads (voicemail_id, user_id, at) VALUES (?, ?, ?)
     ON CONFLICT (voicemail_id, user_id) DO NOTHING`,
  ).run(voicemailId, userId, at);
}

export function markUnread(db: Db, voicemailId: string, userId: string): void {
  sql(db, 'DELETE FROM voicemail_reads WHERE voicemail_id = ? AND user_id = ?').run(
    voicemailId,
    userId,
  );
}

/**
 * Handled or new again, and who handles it. Marking it handled records who
 * and when; marking it new again clears both.
 *
 * @example
 * updateHandling(db, id, { status: 'handled', assigneeId: null }, { userId, at });
 */
export function updateHandling(
  db: Db,
  id: string,
  patch: { status?: VoicemailStatus | undefined; assigneeId?: string | null | undefined },
  by: { userId: string; at: string },
): void {
  if (patch.status !== undefined) {
    sql(
      db,
      `UPDATE voicemails SET status = @status,
         handled_at = CASE WHEN @status = 'handled' THEN COALESCE(handled_at, @at) END,
         handled_by = CASE WHEN @status = 'handled' THEN COALESCE(handled_by, @userId) END
       WHERE id = @id`,
    ).run({ id, status: patch.status, ...by });
  }
  if (patch.assigneeId !== undefined) {
    sql(db, 'UPDATE voicemails SET assignee_id = ? WHERE id = ?').run(patch.assigneeId, id);
  }
}

/** Marks the voicemail deleted by a user; its audio and transcript go with `recordAudioDeleted`. */
export function markVoicemailDeleted(db: Db, id: string, userId: string, at: string): void {
  sql(
    db,
    'UPDATE voicemails SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(at, userId, id);
}

export interface VoicemailComment {
  id: string;
  voicemailId: string;
  authorId: string | null;
  /** Kept with the comment, so it still says who wrote it after the account is gone. */
  authorName: string;
  body: string;
  at: string;
}

const COMMENT_COLUMNS = `id, voicemail_id AS voicemailId, author_id AS authorId,
  author_name AS authorName, body, at FROM voicemail_comments`;

/** @example addComment(db, { voicemailId, authorId: user.id, authorName: user.name, body: 'Called back', at }); */
export function addComment(db: Db, comment: Omit<VoicemailComment, 'id'>): VoicemailComment {
  const id = newId('vmc');
  sql(
    db,
    `INSERT INTO voicemail_comments (id, voicemail_id, author_id, author_name, body, at)
     VALUES (@id, @voicemailId, @authorId, @authorName, @body, @at)`,
  ).run({ ...comment, id });
  return { ...comment, id };
}

/** Oldest first, as a conversation reads. */
export function listComments(db: Db, voicemailId: string): VoicemailComment[] {
  return sql<[string], VoicemailComment>(
    db,
    `SELECT ${COMMENT_COLUMNS} WHERE voicemail_id = ? ORDER BY at, rowid`,
  ).all(voicemailId);
}
