/**
 * @module
 * Auto-reply settings per phone number, and the decisions taken: every text
 * sent or not sent, with its reason.
 */
import type { AutoReplyTriggerKind, DECISION_REASONS } from '@ringflow/flow-runtime';
import {
  type AutoReplySettings,
  AutoReplySettingsSchema,
  type AutoReplyVariant,
  defaultAutoReplySettings,
} from '@ringflow/shared';
import { newId } from '../ids.js';
import { type MessageStatus, updateMessageDelivery } from './messages.js';
import { cancelOutbox } from './outbox.js';
import { type Connection, oneAtATime, sqlOf } from './sql/connection.js';

/** A number's settings, or the defaults (no rules, default guards) when never set. */
export async function getAutoReplySettings(
  db: Connection,
  numberId: string,
): Promise<AutoReplySettings> {
  const row = await sqlOf(db).get<{ document: string }>(
    'SELECT document FROM auto_reply_settings WHERE phone_number_id = ?',
    [numberId],
  );
  if (!row) return defaultAutoReplySettings();
  // Every call's end reads them: checking the same text again is wasted work.
  let settings = parsedSettings.get(row.document);
  if (!settings) {
    settings = AutoReplySettingsSchema.parse(JSON.parse(row.document)) as AutoReplySettings;
    if (parsedSettings.size >= MAX_PARSED_SETTINGS) parsedSettings.clear();
    parsedSettings.set(row.document, settings);
  }
  return structuredClone(settings);
}

const MAX_PARSED_SETTINGS = 100;
/** Settings already checked, by their stored text (the text is the key, so a change is never missed). */
const parsedSettings = new Map<string, AutoReplySettings>();

export async function saveAutoReplySettings(
  db: Connection,
  numberId: string,
  settings: AutoReplySettings,
  at: string,
): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO auto_reply_settings (phone_number_id, document, updated_at)
     VALUES (@numberId, @document, @at)
     ON CONFLICT (phone_number_id) DO UPDATE SET document = @document, updated_at = @at`,
    { numberId, document: JSON.stringify(settings), at },
  );
}

/**
 * Waits, until the transaction ends, for any other transaction deciding the
 * auto-replies of the same contact on the same number, so the guards read
 * what it wrote (two texts at once get one reply). PostgreSQL only: SQLite
 * runs one writing transaction at a time already. Call it in the
 * transaction that decides.
 *
 * @example
 * await lockContactDecisions(tx, number.id, '+14155550123');
 */
export async function lockContactDecisions(
  db: Connection,
  numberId: string,
  contact: string,
): Promise<void> {
  await oneAtATime(sqlOf(db), `auto-reply:${numberId}:${contact}`);
}

export interface DecisionRecord {
  numberId: string;
  contact: string;
  trigger: AutoReplyTriggerKind;
  callId: string | null;
  messageId: string | null;
  source: 'rule' | 'flow';
  sourceId: string;
  sourceName: string;
  action: 'send' | 'skip';
  reason: (typeof DECISION_REASONS)[number];
  detail: string;
  variant: AutoReplyVariant | null;
  text: string | null;
  sendAt: string | null;
  replyMessageId: string | null;
  at: string;
}

/** A decision as the API shows it: with how the delivery of its text went. */
export interface Decision extends DecisionRecord {
  id: string;
  delivery: { status: MessageStatus; error: string | null; sentAt: string | null } | null;
}

/**
 * A decision's text, read back: a decision that queued a text keeps none of
 * its own (its message holds the same words), so a finished call stores its
 * words once. Reads join the message.
 */
export const DECISION_TEXT = 'COALESCE(d.text, m.body)';

export async function insertDecision(db: Connection, decision: DecisionRecord): Promise<string> {
  const id = newId('ard');
  const text = decision.replyMessageId ? null : decision.text;
  await sqlOf(db).run(
    `INSERT INTO auto_reply_decisions (id, phone_number_id, contact_number, trigger, call_id,
       message_id, source, source_id, source_name, action, reason, detail, variant, text, send_at,
       reply_message_id, at)
     VALUES (@id, @numberId, @contact, @trigger, @callId, @messageId, @source, @sourceId,
       @sourceName, @action, @reason, @detail, @variant, @text, @sendAt, @replyMessageId, @at)`,
    { ...decision, id, text },
  );
  return id;
}

const SELECT = `SELECT d.id, d.phone_number_id AS numberId, d.contact_number AS contact, d.trigger,
    d.call_id AS callId, d.message_id AS messageId, d.source, d.source_id AS sourceId,
    d.source_name AS sourceName, d.action, d.reason, d.detail, d.variant, ${DECISION_TEXT} AS text,
    d.send_at AS sendAt, d.reply_message_id AS replyMessageId, d.at, m.status AS deliveryStatus, m.error AS deliveryError,
    m.sent_at AS deliverySentAt
  FROM auto_reply_decisions d LEFT JOIN messages m ON m.id = d.reply_message_id`;

type DecisionRow = Omit<Decision, 'delivery'> & {
  deliveryStatus: MessageStatus | null;
  deliveryError: string | null;
  deliverySentAt: string | null;
};

function toDecision({ deliveryStatus, deliveryError, deliverySentAt, ...row }: DecisionRow) {
  return {
    ...row,
    delivery: deliveryStatus
      ? { status: deliveryStatus, error: deliveryError, sentAt: deliverySentAt }
      : null,
  } satisfies Decision;
}

/** A number's decisions, newest first. */
export async function listDecisions(
  db: Connection,
  numberId: string,
  limit: number,
): Promise<Decision[]> {
  return (
    await sqlOf(db).all<DecisionRow>(
      `${SELECT} WHERE d.phone_number_id = ? ORDER BY d.at DESC, d.rowid DESC LIMIT ?`,
      [numberId, limit],
    )
  ).map(toDecision);
}

/** The decisions a call's end caused, in order. */
export async function decisionsOfCall(db: Connection, callId: string): Promise<Decision[]> {
  return (
    await sqlOf(db).all<DecisionRow>(`${SELECT} WHERE d.call_id = ? ORDER BY d.rowid`, [callId])
  ).map(toDecision);
}

/** The decisions about the given messages: those a text received caused, or those that sent one. */
export async function decisionsOfMessages(
  db: Connection,
  messageIds: string[],
): Promise<Decision[]> {
  if (messageIds.length === 0) return [];
  return (
    await sqlOf(db).all<DecisionRow>(
      `${SELECT} WHERE d.message_id IN (SELECT value FROM json_each(@ids))
       OR d.reply_message_id IN (SELECT value FROM json_each(@ids)) ORDER BY d.rowid`,
      { ids: JSON.stringify(messageIds) },
    )
  ).map(toDecision);
}

/** Cancels the texts of a rule still waiting to go: deleting or switching it off stops it at once. */
export async function cancelRuleReplies(
  db: Connection,
  numberId: string,
  ruleId: string,
  reason: string,
  at: string,
): Promise<void> {
  const pending = await sqlOf(db).all<{ messageId: string; outboxId: number }>(
    `SELECT m.id AS messageId, m.outbox_id AS outboxId FROM auto_reply_decisions d
     JOIN messages m ON m.id = d.reply_message_id
     JOIN outbox o ON o.id = m.outbox_id
     WHERE d.phone_number_id = ? AND d.source = 'rule' AND d.source_id = ?
       AND m.status = 'scheduled' AND o.attempt_started_at IS NULL`,
    [numberId, ruleId],
  );
  for (const { messageId, outboxId } of pending) {
    await cancelOutbox(db, outboxId, reason, at);
    await updateMessageDelivery(db, messageId, { status: 'cancelled', error: reason });
  }
}

/** Pending texts a call's end decided, to decide again when a late report changes the ending. */
export async function pendingRepliesOfCall(
  db: Connection,
  callId: string,
): Promise<{ messageId: string; outboxId: number }[]> {
  return await sqlOf(db).all<{ messageId: string; outboxId: number }>(
    `SELECT m.id AS messageId, m.outbox_id AS outboxId FROM auto_reply_decisions d
     JOIN messages m ON m.id = d.reply_message_id
     JOIN outbox o ON o.id = m.outbox_id
     WHERE d.call_id = ? AND m.status = 'scheduled' AND o.attempt_started_at IS NULL`,
    [callId],
  );
}

/** The decision that queued an outgoing message. */
export async function decisionOfReply(
  db: Connection,
  messageId: string,
): Promise<Pick<Decision, 'source' | 'sourceId' | 'callId' | 'at'> | undefined> {
  return await sqlOf(db).get<Pick<Decision, 'source' | 'sourceId' | 'callId' | 'at'>>(
    `SELECT source, source_id AS sourceId, call_id AS callId, at FROM auto_reply_decisions
     WHERE reply_message_id = ?`,
    [messageId],
  );
}
