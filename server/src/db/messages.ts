/**
 * @module
 * The message log: texts received from contacts and texts sent to them (by
 * the team or by an auto-reply), and what the guards read from it.
 */
import { newId } from '../ids.js';
import { type Connection, sqlOf } from './sql/connection.js';

/** 'unknown': its request reached Twilio (maybe) and Twilio could not say whether it went out. */
export type MessageStatus = 'received' | 'scheduled' | 'sent' | 'failed' | 'cancelled' | 'unknown';

export interface Message {
  id: string;
  numberId: string | null;
  direction: 'in' | 'out';
  author: 'contact' | 'team' | 'auto-reply';
  contact: string;
  business: string;
  body: string;
  providerMessageId: string | null;
  status: MessageStatus;
  error: string | null;
  outboxId: number | null;
  at: string;
  sentAt: string | null;
}

export type NewMessage = Omit<Message, 'id' | 'error' | 'sentAt' | 'outboxId'> & {
  outboxId?: number | null;
  /** Chosen ahead when something written before the message names it (its outbox row). */
  id?: string;
};

/** The columns of a `Message`, as a SELECT or a RETURNING lists them. */
const FIELDS = `id, phone_number_id AS numberId, direction, author, contact_number AS contact,
  business_number AS business, body, provider_message_id AS providerMessageId, status, error,
  outbox_id AS outboxId, at, sent_at AS sentAt`;
const COLUMNS = `${FIELDS} FROM messages`;

/**
 * Stores a message; a text received twice (a webhook retried) is stored once.
 * Returns the message, and whether it was new.
 */
export async function insertMessage(
  db: Connection,
  message: NewMessage,
): Promise<{ message: Message; created: boolean }> {
  const id = message.id ?? newId('msg');
  // RETURNING gives the new row without a second read.
  const inserted = await sqlOf(db).get<Message>(
    `INSERT INTO messages (id, phone_number_id, direction, author, contact_number, business_number,
       body, provider_message_id, status, outbox_id, at)
     VALUES (@id, @numberId, @direction, @author, @contact, @business, @body, @providerMessageId,
       @status, @outboxId, @at)
     ON CONFLICT (provider_message_id) DO NOTHING
     RETURNING ${FIELDS}`,
    { ...message, outboxId: message.outboxId ?? null, id },
  );
  if (inserted) return { message: inserted, created: true };
  // The provider retried a text already stored.
  const existing = await sqlOf(db).get<Message>(`SELECT ${COLUMNS} WHERE provider_message_id = ?`, [
    message.providerMessageId ?? null,
  ]);
  return { message: existing as Message, created: false };
}

export async function getMessage(db: Connection, id: string): Promise<Message | undefined> {
  return await sqlOf(db).get<Message>(`SELECT ${COLUMNS} WHERE id = ?`, [id]);
}

export async function findMessageByOutbox(
  db: Connection,
  outboxId: number,
): Promise<Message | undefined> {
  return await sqlOf(db).get<Message>(`SELECT ${COLUMNS} WHERE outbox_id = ?`, [outboxId]);
}

/** Records how the delivery of an outgoing message ended. */
export async function updateMessageDelivery(
  db: Connection,
  id: string,
  update: {
    status: MessageStatus;
    error?: string | null;
    sentAt?: string | null;
    providerMessageId?: string | null;
  },
): Promise<void> {
  await sqlOf(db).run(
    `UPDATE messages SET status = @status, error = @error, sent_at = COALESCE(@sentAt, sent_at),
       provider_message_id = COALESCE(@providerMessageId, provider_message_id)
     WHERE id = @id`,
    {
      id,
      status: update.status,
      error: update.error ?? null,
      sentAt: update.sentAt ?? null,
      providerMessageId: update.providerMessageId ?? null,
    },
  );
}

/** The provider's id of a text sent, recorded as its delivery is settled. */
export async function setProviderMessageId(
  db: Connection,
  id: string,
  providerMessageId: string,
): Promise<void> {
  await sqlOf(db).run('UPDATE messages SET provider_message_id = ? WHERE id = ?', [
    providerMessageId,
    id,
  ]);
}

export interface MessageFilter {
  numberId?: string | undefined;
  contact?: string | undefined;
  limit: number;
}

/** The message log, newest first. */
export async function listMessages(db: Connection, filter: MessageFilter): Promise<Message[]> {
  return await sqlOf(db).all<Message>(
    `SELECT ${COLUMNS}
     WHERE (CAST(@numberId AS TEXT) IS NULL OR phone_number_id = @numberId)
       AND (CAST(@contact AS TEXT) IS NULL OR contact_number = @contact)
     ORDER BY at DESC, rowid DESC LIMIT @limit`,
    {
      numberId: filter.numberId ?? null,
      contact: filter.contact ?? null,
      limit: filter.limit,
    },
  );
}

/** Where a contact stands with a number, as the auto-reply guards read it. */
export interface ContactFacts {
  /** When the latest auto-reply to the contact goes (or went) out, sent or still to send. */
  lastAutoReplyAt: string | null;
  /** The last time the team talked with the contact: a team text, an answered call (now, if it goes on). */
  lastTeamActivityAt: string | null;
  /** Texts received from the contact since `since`, oldest first (the current one excluded). */
  recentInboundAt: string[];
  hasTextedBefore: boolean;
}

/**
 * @param since the start of the burst window
 * @param excludeMessageId the text being decided on, which is not history
 * @param excludeCallId the call being decided on, which is not history
 */
export async function contactFacts(
  db: Connection,
  ref: {
    numberId: string;
    contact: string;
    since: string;
    /** The instant of the event decided on: a call being answered now is talking now. */
    now: string;
    excludeMessageId?: string | null;
    excludeCallId?: string | null;
  },
): Promise<ContactFacts> {
  const params = {
    numberId: ref.numberId,
    contact: ref.contact,
    since: ref.since,
    now: ref.now,
    messageId: ref.excludeMessageId ?? '',
    callId: ref.excludeCallId ?? '',
  };
  const lastAutoReplyAt =
    (
      await sqlOf(db).get<{ at: string | null }>(
        `SELECT d.send_at AS at FROM auto_reply_decisions d INDEXED BY auto_reply_decisions_contact_send
       JOIN messages m ON m.id = d.reply_message_id
       WHERE d.phone_number_id = @numberId AND d.contact_number = @contact
         AND d.reply_message_id IS NOT NULL AND d.send_at IS NOT NULL
         AND m.status IN ('scheduled', 'sent', 'unknown')
       ORDER BY d.send_at DESC LIMIT 1`,
        params,
      )
    )?.at ?? null;
  const lastTeamText =
    (
      await sqlOf(db).get<{ at: string | null }>(
        `SELECT at FROM messages INDEXED BY messages_contact_author
       WHERE phone_number_id = @numberId AND contact_number = @contact AND author = 'team'
         AND status IN ('scheduled', 'sent', 'unknown')
       ORDER BY at DESC LIMIT 1`,
        params,
      )
    )?.at ?? null;
  // A call someone answered counts from its end; one still going counts as now.
  const lastAnswered =
    (
      await sqlOf(db).get<{ at: string | null }>(
        // calls_from, the contact's calls: without statistics SQLite may take calls_number instead,
        // every call to the number, which grows with the business's whole history.
        `SELECT MAX(CASE WHEN status = 'active' THEN @now ELSE COALESCE(ended_at, started_at) END) AS at
       FROM calls INDEXED BY calls_from
       WHERE phone_number_id = @numberId AND from_number = @contact AND id != @callId
         AND (outcome = 'answered' OR (status = 'active' AND answered_at IS NOT NULL))`,
        params,
      )
    )?.at ?? null;
  // Texts received are the contact's own (author 'contact'): read down messages_contact_author.
  const inbound = await sqlOf(db).all<{ at: string }>(
    `SELECT at FROM messages INDEXED BY messages_contact_author
     WHERE phone_number_id = @numberId AND contact_number = @contact AND author = 'contact'
       AND direction = 'in' AND id != @messageId AND at >= @since
     ORDER BY at LIMIT 1000`,
    params,
  );
  const before = await sqlOf(db).get<{ one: number }>(
    `SELECT 1 AS one FROM messages INDEXED BY messages_contact_author
     WHERE phone_number_id = @numberId AND contact_number = @contact AND author = 'contact'
       AND direction = 'in' AND id != @messageId LIMIT 1`,
    params,
  );
  const latest = [lastTeamText, lastAnswered].filter((x): x is string => x !== null).sort();
  return {
    lastAutoReplyAt,
    lastTeamActivityAt: latest.at(-1) ?? null,
    recentInboundAt: inbound.map((r) => r.at),
    hasTextedBefore: before !== undefined,
  };
}
