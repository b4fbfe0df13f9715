/**
 * @module
 * What the export reads: every row of the workspace's history, in one
 * snapshot (`./export-snapshot.ts`). The long lists (flows, calls, texts,
 * decisions, voicemails) are streamed; a flow's revisions and a voicemail's
 * comments are read whole, one flow or voicemail at a time. The SQL is the
 * same on both backends.
 */
import { DECISION_TEXT } from './auto-replies.js';
import type { ExportSnapshot } from './export-snapshot.js';
import { unpackText } from './packed-text.js';
import { parseJson } from './statements.js';

async function* mapRows<R, T>(rows: AsyncIterable<R>, toItem: (row: R) => T): AsyncGenerator<T> {
  for await (const row of rows) yield toItem(row);
}

export interface ExportFlow {
  id: string;
  name: string;
  createdAt: string;
  deletedAt: string | null;
  publishedRevisionId: string | null;
  draftUpdatedAt: string;
  draftUpdatedBy: string | null;
  draft: unknown;
}

/** Every flow, deleted ones included (their revisions are what old calls ran), oldest first. */
export function exportFlows(snapshot: ExportSnapshot): AsyncGenerator<ExportFlow> {
  const rows = snapshot.rows<Omit<ExportFlow, 'draft'> & { draft: string }>(
    `SELECT f.id, f.name, f.created_at AS createdAt, f.deleted_at AS deletedAt,
       f.published_revision_id AS publishedRevisionId, f.draft_updated_at AS draftUpdatedAt,
       u.name AS draftUpdatedBy, f.draft
     FROM flows f LEFT JOIN users u ON u.id = f.draft_updated_by ORDER BY f.created_at, f.id`,
  );
  return mapRows(rows, (r) => ({ ...r, draft: JSON.parse(r.draft) }));
}

export interface ExportRevision {
  id: string;
  number: number;
  message: string;
  author: string | null;
  createdAt: string;
  document: unknown;
}

/** A flow's revisions with their documents, oldest first. */
export async function exportRevisions(
  snapshot: ExportSnapshot,
  flowId: string,
): Promise<ExportRevision[]> {
  const rows = await snapshot.sql.all<Omit<ExportRevision, 'document'> & { document: string }>(
    `SELECT r.id, r.number, r.message, u.name AS author, r.created_at AS createdAt, r.document
     FROM flow_revisions r LEFT JOIN users u ON u.id = r.author_id
     WHERE r.flow_id = ? ORDER BY r.number`,
    [flowId],
  );
  return rows.map((r) => ({ ...r, document: JSON.parse(r.document) }));
}

export interface ExportCall {
  id: string;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  durationSeconds: number | null;
  from: string;
  to: string;
  numberId: string | null;
  numberName: string | null;
  flowId: string | null;
  flowName: string | null;
  revisionId: string | null;
  revisionNumber: number | null;
  status: string;
  outcome: string | null;
  providerStatus: string | null;
  provider: string;
  providerCallId: string;
  result: unknown;
}

/** Every call, oldest first, without its machine snapshot. */
export function exportCalls(snapshot: ExportSnapshot): AsyncGenerator<ExportCall> {
  const rows = snapshot.rows<Omit<ExportCall, 'result'> & { result: Buffer | string | null }>(
    `SELECT c.id, c.started_at AS startedAt, c.answered_at AS answeredAt, c.ended_at AS endedAt,
       c.duration_seconds AS durationSeconds, c.from_number AS "from", c.to_number AS "to",
       c.phone_number_id AS numberId, p.name AS numberName, c.flow_id AS flowId, f.name AS flowName,
       c.revision_id AS revisionId, r.number AS revisionNumber, c.status, c.outcome,
       c.provider_status AS providerStatus, c.provider, c.provider_call_id AS providerCallId, c.result
     FROM calls c
     LEFT JOIN phone_numbers p ON p.id = c.phone_number_id
     LEFT JOIN flows f ON f.id = c.flow_id
     LEFT JOIN flow_revisions r ON r.id = c.revision_id
     ORDER BY c.started_at, c.id`,
  );
  return mapRows(rows, (r) => ({ ...r, result: parseJson(unpackText(r.result)) }));
}

export interface ExportMessage {
  id: string;
  at: string;
  numberId: string | null;
  direction: string;
  author: string;
  contact: string;
  business: string;
  body: string;
  status: string;
  error: string | null;
  sentAt: string | null;
  providerMessageId: string | null;
}

/** Every text, oldest first. */
export function exportMessages(snapshot: ExportSnapshot): AsyncGenerator<ExportMessage> {
  return snapshot.rows<ExportMessage>(
    `SELECT id, at, phone_number_id AS numberId, direction, author, contact_number AS contact,
       business_number AS business, body, status, error, sent_at AS sentAt,
       provider_message_id AS providerMessageId
     FROM messages ORDER BY at, id`,
  );
}

export interface ExportDecision {
  id: string;
  at: string;
  numberId: string | null;
  contact: string;
  trigger: string;
  callId: string | null;
  messageId: string | null;
  source: string;
  sourceId: string;
  sourceName: string;
  action: string;
  reason: string;
  detail: string;
  variant: string | null;
  text: string | null;
  sendAt: string | null;
  replyMessageId: string | null;
}

/** Every auto-reply decision, oldest first. */
export function exportDecisions(snapshot: ExportSnapshot): AsyncGenerator<ExportDecision> {
  return snapshot.rows<ExportDecision>(
    `SELECT d.id, d.at, d.phone_number_id AS numberId, d.contact_number AS contact, d.trigger,
       d.call_id AS callId, d.message_id AS messageId, d.source, d.source_id AS sourceId,
       d.source_name AS sourceName, d.action, d.reason, d.detail, d.variant,
       ${DECISION_TEXT} AS text, d.send_at AS sendAt, d.reply_message_id AS replyMessageId
     FROM auto_reply_decisions d LEFT JOIN messages m ON m.id = d.reply_message_id
     ORDER BY d.at, d.id`,
  );
}

export interface ExportVoicemail {
  id: string;
  at: string;
  caller: string;
  business: string;
  numberId: string | null;
  numberName: string | null;
  callId: string | null;
  durationSeconds: number | null;
  status: string;
  handledAt: string | null;
  handledBy: string | null;
  assignee: string | null;
  audioStatus: string;
  audioError: string | null;
  audioFile: string | null;
  audioContentType: string | null;
  audioBytes: number | null;
  audioSha256: string | null;
  audioDeletedAt: string | null;
  audioDeletedReason: string | null;
  providerDeletedAt: string | null;
  transcriptStatus: string;
  transcript: string | null;
  transcriptError: string | null;
  deletedAt: string | null;
  deletedBy: string | null;
}

/** Every voicemail, deleted ones included (without audio or transcript), oldest first. */
export function exportVoicemails(snapshot: ExportSnapshot): AsyncGenerator<ExportVoicemail> {
  return snapshot.rows<ExportVoicemail>(
    `SELECT v.id, v.at, v.caller_number AS caller, v.business_number AS business,
       v.phone_number_id AS numberId, p.name AS numberName, v.call_id AS callId,
       COALESCE(v.duration_seconds, v.reported_duration_seconds) AS durationSeconds, v.status,
       v.handled_at AS handledAt, h.name AS handledBy, a.name AS assignee,
       v.audio_status AS audioStatus, v.audio_error AS audioError, v.audio_file AS audioFile,
       v.audio_content_type AS audioContentType, v.audio_bytes AS audioBytes,
       v.audio_sha256 AS audioSha256, v.audio_deleted_at AS audioDeletedAt,
       v.audio_deleted_reason AS audioDeletedReason, v.provider_deleted_at AS providerDeletedAt,
       v.transcript_status AS transcriptStatus, v.transcript, v.transcript_error AS transcriptError,
       v.deleted_at AS deletedAt, d.name AS deletedBy
     FROM voicemails v
     LEFT JOIN phone_numbers p ON p.id = v.phone_number_id
     LEFT JOIN users h ON h.id = v.handled_by
     LEFT JOIN users a ON a.id = v.assignee_id
     LEFT JOIN users d ON d.id = v.deleted_by
     ORDER BY v.at, v.id`,
  );
}

export interface ExportComment {
  id: string;
  author: string;
  body: string;
  at: string;
}

/** A voicemail's comments, oldest first. */
export function exportComments(
  snapshot: ExportSnapshot,
  voicemailId: string,
): Promise<ExportComment[]> {
  return snapshot.sql.all<ExportComment>(
    `SELECT id, author_name AS author, body, at FROM voicemail_comments
     WHERE voicemail_id = ? ORDER BY at, id`,
    [voicemailId],
  );
}
