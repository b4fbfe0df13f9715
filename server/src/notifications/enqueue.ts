/**
 * @module
 * Who hears of an event: one outbox row per recipient (each user who chose
 * e-mail for it, the number's Slack channel, each webhook endpoint
 * subscribed), written in the caller's transaction. Rows carry only ids; the
 * message is rendered at delivery from the current rows, so a voicemail's
 * audio and transcript are described as they are when it goes out.
 */
import { getCall } from '../db/calls.js';
import { getMessage } from '../db/messages.js';
import {
  type Channel,
  type EventType,
  getNumberNotifications,
  getUserNotifications,
  wantsEmail,
} from '../db/notifications.js';
import { enqueue, findOutboxByKey } from '../db/outbox.js';
import type { Connection } from '../db/sql/connection.js';
import { listUsers } from '../db/users.js';
import { getVoicemail } from '../db/voicemails.js';
import { endpointsFor } from '../db/webhook-endpoints.js';
import type { ServerDeps } from '../deps.js';
import { emailProblem } from './email-ready.js';

export type NotificationEvent =
  | { type: 'voicemail.new'; voicemailId: string }
  | { type: 'call.missed'; callId: string }
  | { type: 'message.received'; messageId: string };

/** What every notification row carries: the event and who it goes to, never the message itself. */
export interface NotificationPayload {
  eventId: string;
  eventType: EventType;
  /** The voicemail, call or message the event is about. */
  subjectId: string;
  /** The user (e-mail), number (Slack) or endpoint (webhook). */
  targetId: string;
}

/** The outbox kinds of the three channels. */
export const NOTIFICATION_KINDS = {
  email: 'email',
  slack: 'slack',
  webhook: 'webhook',
} as const satisfies Record<Channel, string>;

/** The subject of an event and its stable id: the same voicemail is always the same event. */
export function eventIdentity(event: NotificationEvent): { eventId: string; subjectId: string } {
  switch (event.type) {
    case 'voicemail.new':
      return { eventId: `evt_voicemail_${event.voicemailId}`, subjectId: event.voicemailId };
    case 'call.missed':
      return { eventId: `evt_missed_${event.callId}`, subjectId: event.callId };
    case 'message.received':
      return { eventId: `evt_message_${event.messageId}`, subjectId: event.messageId };
  }
}

/** The number an event concerns, or null when it has none (or the subject is gone). */
async function numberOf(db: Connection, event: NotificationEvent): Promise<string | null> {
  switch (event.type) {
    case 'voicemail.new': {
      const voicemail = await getVoicemail(db, event.voicemailId);
      return voicemail && !voicemail.deletedAt ? voicemail.numberId : null;
    }
    case 'call.missed':
      return (await getCall(db, event.callId))?.phoneNumberId ?? null;
    case 'message.received':
      return (await getMessage(db, event.messageId))?.numberId ?? null;
  }
}

/**
 * Enqueues the notifications of one event; call it inside the transaction
 * that recorded the event. Enqueueing the same event again adds nothing (the
 * idempotency key names event, channel and target). Do-not-disturb is not
 * consulted: it stops ringing, not telling. Returns how many rows were added.
 *
 * @example
 * db.transaction(() => {
 *   recordAudioStored(db, voicemail.id, audio);
 *   enqueueNotifications(deps, { type: 'voicemail.new', voicemailId: voicemail.id });
 * })();
 */
export async function enqueueNotifications(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>,
  event: NotificationEvent,
  options: { notBefore?: string } = {},
): Promise<number> {
  const { db, clock, config } = deps;
  const numberId = await numberOf(db, event);
  if (!numberId) return 0;
  const { eventId, subjectId } = eventIdentity(event);
  const now = clock.now();
  let added = 0;
  const add = async (channel: Channel, targetId: string) => {
    const key = `notify:${eventId}:${channel}:${targetId}`;
    if (await findOutboxByKey(db, key)) return;
    const payload: NotificationPayload = { eventId, eventType: event.type, subjectId, targetId };
    await enqueue(db, {
      kind: NOTIFICATION_KINDS[channel],
      payload,
      idempotencyKey: key,
      notBefore: options.notBefore,
      now,
    });
    added++;
  };

  if (emailProblem(config) === null) {
    for (const user of await listUsers(db)) {
      if (wantsEmail(await getUserNotifications(db, user.id), event.type, numberId)) {
        await add('email', user.id);
      }
    }
  }
  const { slack } = await getNumberNotifications(db, numberId);
  if (slack.url && slack.events.includes(event.type)) await add('slack', numberId);
  for (const endpoint of await endpointsFor(db, numberId, event.type))
    await add('webhook', endpoint.id);
  return added;
}
