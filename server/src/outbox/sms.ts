/**
 * @module
 * The outbox's 'sms' kind: a text to send through a messages client, with
 * hooks for the callers that queued it (cancel a delayed reply, update a
 * message log). Sent at most once: the attempt is recorded before the request
 * leaves, and a row claimed again with an unanswered attempt asks Twilio
 * whether the text exists before sending anything (see recover-text.ts).
 */
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { insertMessage, type Message } from '../db/messages.js';
import { enqueue, type Instant, type OutboxRow } from '../db/outbox.js';
import type { MessagesClient, SendResult } from '../providers/twilio/messages.js';
import { recoverText } from './recover-text.js';
import type { DeliveryResult, OutboxHandler } from './worker.js';

export const SMS_KIND = 'sms';

export const SmsPayload = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  body: z.string().min(1),
});
export type SmsPayload = z.infer<typeof SmsPayload>;

export interface SmsHooks {
  /** Just before sending: a reason string cancels the text (e.g. the caller has since replied). */
  beforeSend?: (
    row: OutboxRow<SmsPayload>,
  ) => string | null | undefined | Promise<string | null | undefined>;
  /** In the transaction that updates the outbox row, with the row as it now is. */
  onSettled?: (row: OutboxRow<SmsPayload>, outcome: DeliveryResult) => void;
  /** After the outbox row was updated, with the row as it now is. */
  afterDelivery?: (row: OutboxRow<SmsPayload>, outcome: DeliveryResult) => void | Promise<void>;
}

/**
 * Queues a text; call it in the transaction that decided to send it.
 *
 * @example
 * enqueueSms(db, { from: number, to: caller, body }, { idempotencyKey: `auto-reply:${callId}:${nodeId}`, notBefore, now });
 */
export function enqueueSms(
  db: Db,
  payload: SmsPayload,
  options: { idempotencyKey: string; notBefore?: Instant; now: Instant },
): number {
  return enqueue(db, { kind: SMS_KIND, payload: SmsPayload.parse(payload), ...options });
}

/**
 * Queues a text written by the team and logs it as scheduled, pointing at its
 * outbox row; call it in one transaction.
 *
 * @example
 * const { message } = queueTeamText(db, { numberId, from: number.number, to, body, idempotencyKey, at });
 */
export function queueTeamText(
  db: Db,
  text: SmsPayload & { numberId: string | null; idempotencyKey: string; at: string },
): { message: Message; outboxId: number } {
  const { numberId, from, to, body, idempotencyKey, at } = text;
  const outboxId = enqueueSms(db, { from, to, body }, { idempotencyKey, now: at });
  const { message } = insertMessage(db, {
    numberId,
    direction: 'out',
    author: 'team',
    contact: to,
    business: from,
    body,
    providerMessageId: null,
    status: 'scheduled',
    outboxId,
    at,
  });
  return { message, outboxId };
}

/**
 * @example
 * createOutboxWorker({ db, clock, log, handlers: { sms: smsHandler({ client: twilioMessages(...) }) } });
 */
export function smsHandler({
  client,
  db,
  beforeSend,
  onSettled,
  afterDelivery,
}: {
  client: MessagesClient;
  /** To tell this row's text from an identical one another row sent; without it, any match counts. */
  db?: Db;
} & SmsHooks): OutboxHandler {
  const handler: OutboxHandler = async (row, attempt) => {
    const payload = SmsPayload.safeParse(row.payload);
    if (!payload.success) {
      return {
        status: 'failed',
        error: `Not a text: ${payload.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ')}`,
      };
    }
    const text = { ...row, payload: payload.data };
    if (row.attemptStartedAt) {
      // The last request's answer was lost: it may have gone out.
      const recovered = await recoverText(client, db, text);
      if (recovered) return recovered;
    }
    const reason = await beforeSend?.(text);
    if (reason) return { status: 'cancelled', reason };
    if (!attempt.start()) {
      return { status: 'retry', error: 'Claimed by another worker meanwhile; not sent' };
    }
    const sent = await client.send({ ...payload.data, idempotencyKey: row.idempotencyKey });
    return toDeliveryResult(sent);
  };
  if (onSettled) {
    handler.onSettled = (row, outcome) => onSettled(row as OutboxRow<SmsPayload>, outcome);
  }
  if (afterDelivery) {
    handler.afterDelivery = (row, outcome) => afterDelivery(row as OutboxRow<SmsPayload>, outcome);
  }
  return handler;
}

/** A client's answer as the outbox keeps it: the sid and status, or the error's code and message. */
export function toDeliveryResult(sent: SendResult): DeliveryResult {
  if (sent.ok) return { status: 'sent', result: { sid: sent.sid, status: sent.status } };
  const result = {
    ...(sent.httpStatus === undefined ? {} : { httpStatus: sent.httpStatus }),
    ...(sent.code === undefined ? {} : { code: sent.code }),
    message: sent.message,
  };
  const error = sent.code === undefined ? sent.message : `${sent.code}: ${sent.message}`;
  if (!sent.retryable) return { status: 'failed', error, result };
  return { status: 'retry', error, result, ...(sent.inDoubt ? { inDoubt: true } : {}) };
}
