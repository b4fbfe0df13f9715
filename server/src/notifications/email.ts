/**
 * @module
 * The outbox's 'email' kind: one user's e-mail of one event, over SMTP with
 * nodemailer. Transient SMTP answers (4xx) and connection trouble are
 * retried with the outbox's back-off; permanent ones (5xx) fail.
 */
import type { Transporter } from 'nodemailer';
import { getUserNotifications, wantsEmail } from '../db/notifications.js';
import { getUser } from '../db/users.js';
import type { ServerDeps } from '../deps.js';
import type { DeliveryResult, OutboxHandler } from '../outbox/worker.js';
import { logAttempt } from './attempt-log.js';
import { type AudioPart, audioPart, MAX_ATTACHMENT_BYTES } from './email-audio.js';
import { emailMessage } from './email-message.js';
import { emailProblem } from './email-ready.js';
import { loadFacts, NotificationPayloadSchema } from './facts.js';

/** What sends a message: nodemailer's transport, or a test's. */
export type MailTransport = Pick<Transporter, 'sendMail'>;

export interface EmailHandlerOptions {
  /** Built from SMTP_URL when not given. */
  transport?: MailTransport;
  maxAttachmentBytes?: number;
}

/** An SMTP error as the delivery log keeps it, and whether to try again. */
export function classifySmtpError(error: unknown): {
  retry: boolean;
  statusCode: number | null;
  message: string;
} {
  const e = error as { responseCode?: number; code?: string; response?: string; message?: string };
  const statusCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const message = e.response ?? e.message ?? String(error);
  // No reply code: the connection failed or timed out, worth another try.
  const retry = statusCode === null || statusCode < 500;
  return { retry, statusCode, message: e.code ? `${e.code}: ${message}` : message };
}

/**
 * @example
 * createOutboxWorker({ db, clock, log, handlers: { email: emailHandler(deps) } });
 */
export function emailHandler(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>,
  options: EmailHandlerOptions = {},
): OutboxHandler {
  const { db, clock, config } = deps;
  let transport = options.transport;
  const transportOf = async (smtpUrl: string): Promise<MailTransport> => {
    if (transport) return transport;
    // Loaded on the first e-mail: a server without SMTP never parses nodemailer.
    const { default: nodemailer } = await import('nodemailer');
    transport ??= nodemailer.createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return transport;
  };

  return async (row): Promise<DeliveryResult> => {
    const parsed = NotificationPayloadSchema.safeParse(row.payload);
    if (!parsed.success) return { status: 'failed', error: 'Not a notification payload' };
    const { eventId, eventType, targetId } = parsed.data;
    const problem = emailProblem(config);
    const { smtpUrl, from } = config.mail;
    if (problem || !smtpUrl || !from) return { status: 'retry', error: problem ?? 'No SMTP' };
    const user = await getUser(db, targetId);
    if (!user) return { status: 'cancelled', reason: 'The user no longer exists' };
    const read = await loadFacts(db, config, parsed.data, row.createdAt);
    if (!read.ok) return { status: 'cancelled', reason: read.reason };
    const { facts } = read;
    if (!wantsEmail(await getUserNotifications(db, user.id), eventType, facts.number.id)) {
      return { status: 'cancelled', reason: 'The user no longer wants this e-mail' };
    }
    const audio: AudioPart | null =
      facts.type === 'voicemail.new'
        ? await audioPart(
            facts.voicemail,
            config.dataDir,
            options.maxAttachmentBytes ?? MAX_ATTACHMENT_BYTES,
          )
        : null;
    const mail = emailMessage(facts, { from, to: user.email, userId: user.id }, audio);
    const target = {
      outboxId: row.id,
      attempt: row.attempts,
      channel: 'email' as const,
      targetId,
      eventId,
      eventType,
    };
    const started = performance.now();
    try {
      const info = (await (await transportOf(smtpUrl)).sendMail(mail)) as { response?: string };
      const statusCode = Number(/^(\d{3})/.exec(info.response ?? '')?.[1]) || null;
      await logAttempt(db, clock, target, {
        ok: true,
        statusCode,
        error: null,
        durationMs: Math.round(performance.now() - started),
      });
      return { status: 'sent', result: { messageId: mail.messageId, response: info.response } };
    } catch (error) {
      const { retry, statusCode, message } = classifySmtpError(error);
      await logAttempt(db, clock, target, {
        ok: false,
        statusCode,
        error: message,
        durationMs: Math.round(performance.now() - started),
      });
      const result = { statusCode, message };
      return retry
        ? { status: 'retry', error: message, result }
        : { status: 'failed', error: message, result };
    }
  };
}
