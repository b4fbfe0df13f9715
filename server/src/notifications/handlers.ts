/**
 * @module
 * The outbox handlers of the three notification channels, as createDelivery
 * registers them.
 */
import type { ServerDeps } from '../deps.js';
import type { HttpRequest } from '../http/client.js';
import type { OutboxHandler } from '../outbox/worker.js';
import { emailHandler, type MailTransport } from './email.js';
import { NOTIFICATION_KINDS } from './enqueue.js';
import { slackHandler } from './slack.js';
import { webhookHandler } from './webhook.js';

export interface NotificationOptions {
  /** The SMTP transport; built from SMTP_URL when not given. */
  mailTransport?: MailTransport;
  /** How Slack and webhook POSTs go out (`httpRequest`). */
  request?: HttpRequest;
  /** Slack and webhook POST timeout; 10 s by default. */
  timeoutMs?: number;
  maxAttachmentBytes?: number;
}

/**
 * @example
 * createOutboxWorker({ db, clock, log, handlers: { sms, ...notificationHandlers(deps) } });
 */
export function notificationHandlers(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>,
  options: NotificationOptions = {},
): Record<string, OutboxHandler> {
  const http = { request: options.request, timeoutMs: options.timeoutMs };
  return {
    [NOTIFICATION_KINDS.email]: emailHandler(deps, {
      transport: options.mailTransport,
      maxAttachmentBytes: options.maxAttachmentBytes,
    }),
    [NOTIFICATION_KINDS.slack]: slackHandler(deps, http),
    [NOTIFICATION_KINDS.webhook]: webhookHandler(deps, http),
  };
}
