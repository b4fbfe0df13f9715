/**
 * @module
 * Who is told of what: each user's e-mail choices, each number's Slack
 * channel, and the log of every delivery attempt (e-mail, Slack, webhook).
 * Documents are stored as JSON and read back through zod, so a document
 * written by an older version reads with today's defaults.
 */
import { z } from 'zod';
import { type Connection, sqlOf } from './sql/connection.js';

export const EVENT_TYPES = ['voicemail.new', 'call.missed', 'message.received'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const EventTypeSchema = z.enum(EVENT_TYPES);

export type Channel = 'email' | 'slack' | 'webhook';

const UserChoicesSchema = z.object({
  email: z
    .object({
      'voicemail.new': z.boolean().default(true),
      'call.missed': z.boolean().default(false),
      'message.received': z.boolean().default(false),
    })
    .prefault({}),
  /** null: every number, today's and future ones. */
  numberIds: z.array(z.string()).nullable().default(null),
});

export type UserNotificationChoices = z.infer<typeof UserChoicesSchema>;

/** A user's e-mail choices, or the defaults (new voicemails on, the rest off, all numbers). */
export async function getUserNotifications(
  db: Connection,
  userId: string,
): Promise<UserNotificationChoices> {
  const row = await sqlOf(db).get<{ document: string }>(
    'SELECT document FROM user_notifications WHERE user_id = ?',
    [userId],
  );
  return UserChoicesSchema.parse(row ? JSON.parse(row.document) : {});
}

export async function saveUserNotifications(
  db: Connection,
  userId: string,
  choices: UserNotificationChoices,
  at: string,
): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO user_notifications (user_id, document, updated_at) VALUES (@userId, @document, @at)
     ON CONFLICT (user_id) DO UPDATE SET document = @document, updated_at = @at`,
    { userId, document: JSON.stringify(choices), at },
  );
}

/** Whether a user's choices ask for an e-mail of this event on this number. */
export function wantsEmail(
  choices: UserNotificationChoices,
  event: EventType,
  numberId: string,
): boolean {
  return (
    choices.email[event] && (choices.numberIds === null || choices.numberIds.includes(numberId))
  );
}

const NumberChoicesSchema = z.object({
  slack: z
    .object({
      url: z.string().nullable().default(null),
      events: z.array(EventTypeSchema).default(['voicemail.new', 'call.missed']),
    })
    .prefault({}),
});

export type NumberNotificationSettings = z.infer<typeof NumberChoicesSchema>;

/** A number's channels, or the defaults (no Slack) when never set. */
export async function getNumberNotifications(
  db: Connection,
  numberId: string,
): Promise<NumberNotificationSettings> {
  const row = await sqlOf(db).get<{ document: string }>(
    'SELECT document FROM number_notifications WHERE phone_number_id = ?',
    [numberId],
  );
  return NumberChoicesSchema.parse(row ? JSON.parse(row.document) : {});
}

export async function saveNumberNotifications(
  db: Connection,
  numberId: string,
  settings: NumberNotificationSettings,
  at: string,
): Promise<void> {
  await sqlOf(db).run(
    `INSERT INTO number_notifications (phone_number_id, document, updated_at)
     VALUES (@numberId, @document, @at)
     ON CONFLICT (phone_number_id) DO UPDATE SET document = @document, updated_at = @at`,
    { numberId, document: JSON.stringify(settings), at },
  );
}

export interface NotificationDelivery {
  id: number;
  outboxId: number | null;
  channel: Channel;
  /** The user (e-mail), number (Slack) or endpoint (webhook) it went to. */
  targetId: string;
  eventId: string;
  eventType: EventType | 'test';
  attempt: number;
  at: string;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number | null;
}

export type NewNotificationDelivery = Omit<NotificationDelivery, 'id'>;

const DELIVERY_FIELDS = `id, outbox_id AS outboxId, channel, target_id AS targetId, event_id AS eventId,
  event_type AS eventType, attempt, at, ok, status_code AS statusCode, error, duration_ms AS durationMs`;
const DELIVERY_COLUMNS = `${DELIVERY_FIELDS} FROM notification_deliveries`;

type DeliveryRow = Omit<NotificationDelivery, 'ok'> & { ok: number };
const toDelivery = (row: DeliveryRow): NotificationDelivery => ({ ...row, ok: row.ok === 1 });

/**
 * Logs one attempt; returns it as stored.
 *
 * @example
 * insertDelivery(db, { outboxId: 7, channel: 'webhook', targetId: 'whk_1', eventId: 'evt_voicemail_vm_1',
 *   eventType: 'voicemail.new', attempt: 1, at, ok: false, statusCode: 503, error: 'HTTP 503', durationMs: 41 });
 */
export async function insertDelivery(
  db: Connection,
  delivery: NewNotificationDelivery,
): Promise<NotificationDelivery> {
  const row = (await sqlOf(db).get<DeliveryRow>(
    `INSERT INTO notification_deliveries (outbox_id, channel, target_id, event_id, event_type, attempt,
       at, ok, status_code, error, duration_ms)
     VALUES (@outboxId, @channel, @targetId, @eventId, @eventType, @attempt, @at, @ok, @statusCode,
       @error, @durationMs)
     RETURNING ${DELIVERY_FIELDS}`,
    { ...delivery, ok: delivery.ok ? 1 : 0 },
  )) as DeliveryRow;
  return toDelivery(row);
}

/** The newest attempts to one target on one channel first. */
export async function listDeliveries(
  db: Connection,
  query: { channel: Channel; targetId: string; limit?: number },
): Promise<NotificationDelivery[]> {
  return (
    await sqlOf(db).all<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} WHERE channel = @channel AND target_id = @targetId
     ORDER BY id DESC LIMIT @limit`,
      { channel: query.channel, targetId: query.targetId, limit: query.limit ?? 50 },
    )
  ).map(toDelivery);
}

/** Every attempt of one event, oldest first (tests and support). */
export async function deliveriesOfEvent(
  db: Connection,
  eventId: string,
): Promise<NotificationDelivery[]> {
  return (
    await sqlOf(db).all<DeliveryRow>(`SELECT ${DELIVERY_COLUMNS} WHERE event_id = ? ORDER BY id`, [
      eventId,
    ])
  ).map(toDelivery);
}
