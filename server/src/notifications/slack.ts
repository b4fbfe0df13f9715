/**
 * @module
 * The outbox's 'slack' kind: an event posted to a number's Slack incoming
 * webhook, and the settings page's test post (sent at once, logged the same).
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import { getNumberNotifications, type NotificationDelivery } from '../db/notifications.js';
import type { PhoneNumber } from '../db/numbers.js';
import type { Connection } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import type { HttpRequest } from '../http/client.js';
import type { DeliveryResult, OutboxHandler } from '../outbox/worker.js';
import { logAttempt } from './attempt-log.js';
import { loadFacts, NotificationPayloadSchema } from './facts.js';
import { type PostResult, postJson } from './http-post.js';
import { slackMessage, slackTestMessage } from './slack-message.js';

export interface HttpChannelOptions {
  /** How the POST goes out (`httpRequest`); a test may count or hold it. */
  request?: HttpRequest;
  timeoutMs?: number;
}

/** A POST's result as the outbox reads it. */
export function deliveryResultOf(post: PostResult): DeliveryResult {
  const result = { statusCode: post.statusCode };
  if (post.ok) return { status: 'sent', result };
  const error = post.error ?? 'Not delivered';
  return post.retry ? { status: 'retry', error, result } : { status: 'failed', error, result };
}

/**
 * @example
 * createOutboxWorker({ db, clock, log, handlers: { slack: slackHandler(deps) } });
 */
export function slackHandler(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config'>,
  options: HttpChannelOptions = {},
): OutboxHandler {
  const { db, clock, config } = deps;
  return async (row) => {
    const parsed = NotificationPayloadSchema.safeParse(row.payload);
    if (!parsed.success) return { status: 'failed', error: 'Not a notification payload' };
    const { eventId, eventType, targetId } = parsed.data;
    const { slack } = await getNumberNotifications(db, targetId);
    if (!slack.url || !slack.events.includes(eventType)) {
      return { status: 'cancelled', reason: 'Slack is no longer set up for this event' };
    }
    const read = await loadFacts(db, config, parsed.data, row.createdAt);
    if (!read.ok) return { status: 'cancelled', reason: read.reason };
    const post = await postJson(slack.url, JSON.stringify(slackMessage(read.facts)), {}, options);
    const { retry: _retry, ...outcome } = post;
    await logAttempt(
      db,
      clock,
      { outboxId: row.id, attempt: row.attempts, channel: 'slack', targetId, eventId, eventType },
      outcome,
    );
    return deliveryResultOf(post);
  };
}

/**
 * Posts a test message to a Slack URL now (not through the outbox) and logs
 * it as a delivery of event type 'test'. An unreachable URL is a failed
 * delivery, never an exception.
 *
 * @example
 * const delivery = await sendSlackTest({ db, clock }, number, url);
 */
export async function sendSlackTest(
  deps: { db: Connection; clock: Clock },
  number: PhoneNumber,
  url: string,
  options: HttpChannelOptions = {},
): Promise<NotificationDelivery> {
  const message = slackTestMessage({ e164: number.number, name: number.name });
  const { retry: _retry, ...outcome } = await postJson(url, JSON.stringify(message), {}, options);
  return await logAttempt(
    deps.db,
    deps.clock,
    {
      outboxId: null,
      attempt: 1,
      channel: 'slack',
      targetId: number.id,
      eventId: `evt_test_${randomBytes(12).toString('base64url')}`,
      eventType: 'test',
    },
    outcome,
  );
}
