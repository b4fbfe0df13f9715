/**
 * @module
 * The outbox's 'webhook' kind: an event's signed JSON posted to an endpoint,
 * and the settings page's test delivery (sent at once, logged the same).
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { NotificationDelivery } from '../db/notifications.js';
import type { Connection } from '../db/sql/connection.js';
import { getWebhookEndpoint, type WebhookEndpoint } from '../db/webhook-endpoints.js';
import type { ServerDeps } from '../deps.js';
import type { OutboxHandler } from '../outbox/worker.js';
import { logAttempt } from './attempt-log.js';
import { loadFacts, NotificationPayloadSchema } from './facts.js';
import { postJson } from './http-post.js';
import { deliveryResultOf, type HttpChannelOptions } from './slack.js';
import { type WebhookBody, webhookBody, webhookHeaders } from './webhook-payload.js';

const unixSeconds = (clock: Clock) => Math.floor(clock.now().getTime() / 1000);

/**
 * @example
 * createOutboxWorker({ db, clock, log, handlers: { webhook: webhookHandler(deps) } });
 */
export function webhookHandler(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config'>,
  options: HttpChannelOptions = {},
): OutboxHandler {
  const { db, clock, config } = deps;
  return async (row) => {
    const parsed = NotificationPayloadSchema.safeParse(row.payload);
    if (!parsed.success) return { status: 'failed', error: 'Not a notification payload' };
    const { eventId, eventType, targetId } = parsed.data;
    const endpoint = await getWebhookEndpoint(db, targetId);
    if (!endpoint) return { status: 'cancelled', reason: 'The webhook endpoint was deleted' };
    if (!endpoint.active) return { status: 'cancelled', reason: 'The webhook endpoint is paused' };
    if (!endpoint.events.includes(eventType)) {
      return { status: 'cancelled', reason: 'The endpoint no longer subscribes this event' };
    }
    const read = await loadFacts(db, config, parsed.data, row.createdAt);
    if (!read.ok) return { status: 'cancelled', reason: read.reason };
    const body = webhookBody(read.facts, config.publicBaseUrl);
    const post = await send(endpoint, body, clock, options);
    const { retry: _retry, ...outcome } = post;
    await logAttempt(
      db,
      clock,
      { outboxId: row.id, attempt: row.attempts, channel: 'webhook', targetId, eventId, eventType },
      outcome,
    );
    return deliveryResultOf(post);
  };
}

function send(
  endpoint: WebhookEndpoint,
  body: WebhookBody,
  clock: Clock,
  options: HttpChannelOptions,
) {
  const raw = JSON.stringify(body);
  return postJson(
    endpoint.url,
    raw,
    webhookHeaders(endpoint.secret, unixSeconds(clock), body, raw),
    options,
  );
}

/**
 * Sends a signed test event (type 'test') to an endpoint now, not through the
 * outbox, and logs it. An unreachable URL is a failed delivery, never an
 * exception.
 *
 * @example
 * const delivery = await sendWebhookTest({ db, clock }, endpoint);
 */
export async function sendWebhookTest(
  deps: { db: Connection; clock: Clock },
  endpoint: WebhookEndpoint,
  options: HttpChannelOptions = {},
): Promise<NotificationDelivery> {
  const id = `evt_test_${randomBytes(12).toString('base64url')}`;
  const body: WebhookBody = {
    version: 1,
    id,
    type: 'test',
    createdAt: deps.clock.now().toISOString(),
    data: { message: 'A test delivery from Ringflow', endpointId: endpoint.id },
  };
  const { retry: _retry, ...outcome } = await send(endpoint, body, deps.clock, options);
  return await logAttempt(
    deps.db,
    deps.clock,
    {
      outboxId: null,
      attempt: 1,
      channel: 'webhook',
      targetId: endpoint.id,
      eventId: id,
      eventType: 'test',
    },
    outcome,
  );
}
