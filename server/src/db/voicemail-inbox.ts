/**
 * @module
 * The voicemail inbox as the team works it: the list with its filters and
 * search, who has opened what, comments, who handles a message, and
 * deleting one (its row stays, without audio or transcript, for the call log).
 */
import { newId } from '../ids.js';
import { type Connection, sqlOf } from './sql/connection.js';
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

// The subquery's camelCase columns are quoted where they are named: PostgreSQL folds an unquoted
// name to lower case (SQLite matches either way). The read mark is 1 or 0 on both, not a boolean.
const SELECT = `SELECT v.*, n.name AS numberName, hb.name AS handledByName, a.name AS assigneeName,
    te.name AS transcriptEditedByName,
    CASE WHEN EXISTS (SELECT 1 FROM voicemail_reads r WHERE r.voicemail_id = v.id AND r.user_id = @userId)
      THEN 1 ELSE 0 END AS read,
    (SELECT COUNT(*) FROM voicemail_comments c WHERE c.voicemail_id = v.id) AS commentCount
  FROM (SELECT ${VOICEMAIL_COLUMNS}) AS v
  LEFT JOIN phone_numbers n ON n.id = v."numberId"
  LEFT JOIN users hb ON hb.id = v."handledBy"
  LEFT JOIN users a ON a.id = v."assigneeId"
  LEFT JOIN users te ON te.id = v."transcriptEditedBy"`;

const toInbox = (row: Row): InboxVoicemail => ({ ...row, read: row.read === 1 });

/**
 * Voicemails not deleted, newest first.
 *
 * @example
 * listInbox(db, { userId, status: 'new', q: '555 0123', limit: 50 });
 */
export async function listInbox(db: Connection, query: InboxQuery): Promise<InboxVoicemail[]> {
  const q = query.q?.trim() || null;
  return (
    await sqlOf(db).all<Row>(
      `${SELECT}
     WHERE v."deletedAt" IS NULL
       AND (CAST(@numberId AS TEXT) IS NULL OR v."numberId" = @numberId)
       AND (CAST(@status AS TEXT) IS NULL OR v.status = @status)
       AND (CAST(@assigneeId AS TEXT) IS NULL OR v."assigneeId" = @assigneeId)
       AND (CAST(@before AS TEXT) IS NULL OR v.at < @before)
       AND (CAST(@q AS TEXT) IS NULL
         OR instr(lower(COALESCE(v.transcript, '')), lower(@q)) > 0
         OR (@digits <> '' AND instr(replace(v.caller, '+', ''), @digits) > 0))
     ORDER BY v.at DESC, v.id DESC
     LIMIT @limit`,
      {
        userId: query.userId,
        numberId: query.numberId ?? null,
        status: query.status ?? null,
        assigneeId: query.assigneeId ?? null,
        before: query.before ?? null,
        q,
        // "555 0123" finds +14155550123: numbers are compared by their digits.
        digits: q?.replace(/\D/g, '') ?? '',
        limit: query.limit,
      },
    )
  ).map(toInbox);
}

/** One voicemail as `userId` sees it, deleted ones included (the caller decides). */
export async function getInboxVoicemail(
  db: Connection,
  id: string,
  userId: string,
): Promise<InboxVoicemail | undefined> {
  const row = await sqlOf(db).get<Row>(`${SELECT} WHERE v.id = @id`, {
    id,
    userId,
  });
  return row && toInbox(row);
}

/** New voicemails, not deleted, that `userId` has not opened. */
export async function unreadCount(db: Connection, userId: string): Promise<number> {
  return (
    (
      await sqlOf(db).get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM voicemails v
       WHERE v.deleted_at IS NULL AND v.status = 'new'
         AND NOT EXISTS (SELECT 1 FROM voicemail_reads r WHERE r.voicemail_id = v.id AND r.user_id = ?)`,
        [userId],
      )
    )?.n ?? 0
  );
}

export async function markRead(
  db: Connection,
  voicemailId: string,
  userId: string,
  at: string,
): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO voicemail_reads (voicemail_id, user_id, at) VALUES (?, ?, ?)
     ON CONFLICT (voicemail_id, user_id) DO NOTHING`,
    [voicemailId, userId, at],
  );
}

export async function markUnread(
  db: Connection,
  voicemailId: string,
  userId: string,
): Promise<void> {
  await sqlOf(db).run('DELETE FROM voicemail_reads WHERE voicemail_id = ? AND user_id = ?', [
    voicemailId,
    userId,
  ]);
}

/**
 * Handled or new again, and who handles it. Marking it handled records who
 * and when; marking it new again clears both.
 *
 * @example
 * updateHandling(db, id, { status: 'handled', assigneeId: null }, { userId, at });
 */
export async function updateHandling(
  db: Connection,
  id: string,
  patch: { status?: VoicemailStatus | undefined; assigneeId?: string | null | undefined },
  by: { userId: string; at: string },
): Promise<void> {
  if (patch.status !== undefined) {
    await sqlOf(db).run(
      `UPDATE voicemails SET status = @status,
         handled_at = CASE WHEN @status = 'handled' THEN COALESCE(handled_at, @at) END,
         handled_by = CASE WHEN @status = 'handled' THEN COALESCE(handled_by, @userId) END
       WHERE id = @id`,
      { id, status: patch.status, ...by },
    );
  }
  if (patch.assigneeId !== undefined) {
    await sqlOf(db).run('UPDATE voicemails SET assignee_id = ? WHERE id = ?', [
      patch.assigneeId,
      id,
    ]);
  }
}

/** Marks the voicemail deleted by a user; its audio and transcript go with `recordAudioDeleted`. */
export async function markVoicemailDeleted(
  db: Connection,
  id: string,
  userId: string,
  at: string,
): Promise<void> {
  await sqlOf(db).run(
    'UPDATE voicemails SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL',
    [at, userId, id],
  );
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
export async function addComment(
  db: Connection,
  comment: Omit<VoicemailComment, 'id'>,
): Promise<VoicemailComment> {
  const id = newId('vmc');
  await sqlOf(db).run(
    `INSERT INTO voicemail_comments (id, voicemail_id, author_id, author_name, body, at)
     VALUES (@id, @voicemailId, @authorId, @authorName, @body, @at)`,
    { ...comment, id },
  );
  return { ...comment, id };
}

/** Oldest first, as a conversation reads. */
export async function listComments(
  db: Connection,
  voicemailId: string,
): Promise<VoicemailComment[]> {
  return await sqlOf(db).all<VoicemailComment>(
    `SELECT ${COMMENT_COLUMNS} WHERE voicemail_id = ? ORDER BY at, rowid`,
    [voicemailId],
  );
}
