/**
 * @module
 * The outbox's 'sms' kind: a text to send through a messages client, with
 * hooks for the callers that queued it (cancel a delayed reply, update a
 * message log). Sent at most once: the attempt is recorded before the request
 * leaves, and a row claimed again with an unanswered attempt asks Twilio
 * whether the text exists before sending anything (see recover-text.ts).
 *
 * A text that is also in the message log (an auto-reply, a team's text) is
 * queued as `{ message: id }`: the log holds its numbers and words, and the
 * outbox row does not keep a second copy of them.
 */
import { issueFields } from '@ringflow/flow-runtime';
import { z } from 'zod';
import { getMessage, insertMessage, type Message, setProviderMessageId } from '../db/messages.js';
import { enqueue, type Instant, type OutboxRow } from '../db/outbox.js';
import type { Connection } from '../db/sql/connection.js';
import { newId } from '../ids.js';
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

/** A queued text as the outbox row keeps it: the text itself, or the message of the log to send. */
export const QueuedSms = z.union([SmsPayload, z.object({ message: z.string().min(1) })]);
export type QueuedSms = z.infer<typeof QueuedSms>;

/** The message of the log a row sends, if it names one. */
function messageOf(payload: unknown): string | null {
  const message = (payload as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message ? message : null;
}

/** The text a row sends: its own payload, or the message it names. */
async function textOf(
  db: Connection | undefined,
  payload: unknown,
): Promise<{ text: SmsPayload } | { error: string }> {
  const message = messageOf(payload);
  if (message) {
    if (!db) return { error: `Not a text: message ${message} cannot be read without the database` };
    const logged = await getMessage(db, message);
    if (!logged) return { error: `Not a text: message ${message} is no longer in the message log` };
    return { text: { from: logged.business, to: logged.contact, body: logged.body } };
  }
  const parsed = SmsPayload.safeParse(payload);
  if (parsed.success) return { text: parsed.data };
  return {
    error: `Not a text: ${issueFields(parsed.error.issues, payload)
      .map((f) => `${f.path || 'payload'}: ${f.message}`)
      .join('; ')}`,
  };
}

export interface SmsHooks {
  /** Just before sending: a reason string cancels the text (e.g. the caller has since replied). */
  beforeSend?: (
    row: OutboxRow<SmsPayload>,
  ) => string | null | undefined | Promise<string | null | undefined>;
  /**
   * In the transaction that updates the outbox row (`tx`, to write in), with
   * the row as it now is (its payload as stored). It records the delivery on
   * the text's message, the sid of a sent one included (`outcome.providerId`):
   * the handler then writes nothing there itself.
   */
  onSettled?: (
    row: OutboxRow<QueuedSms>,
    outcome: DeliveryResult,
    tx: Connection,
  ) => void | Promise<void>;
  /** After the outbox row was updated, with the row as it now is (its payload as stored). */
  afterDelivery?: (row: OutboxRow<QueuedSms>, outcome: DeliveryResult) => void | Promise<void>;
}

/**
 * Queues a text; call it in the transaction that decided to send it.
 *
 * @example
 * enqueueSms(db, { from: number, to: caller, body }, { idempotencyKey: `auto-reply:${callId}:${nodeId}`, notBefore, now });
 */
export async function enqueueSms(
  db: Connection,
  payload: QueuedSms,
  options: { idempotencyKey: string; notBefore?: Instant; now: Instant },
): Promise<number> {
  return await enqueue(db, { kind: SMS_KIND, payload: QueuedSms.parse(payload), ...options });
}

/**
 * Queues a text and logs it as a scheduled outgoing message that points at
 * its outbox row; the row names the message rather than copying it. Call it
 * in the transaction that decided to send it.
 *
 * @example
 * const { message } = queueLoggedText(db, { numberId, from, to, body, author: 'auto-reply',
 *   idempotencyKey: `auto-reply:${causeKey}:flow:${nodeId}`, notBefore, at });
 */
export async function queueLoggedText(
  db: Connection,
  text: SmsPayload & {
    numberId: string | null;
    author: 'team' | 'auto-reply';
    idempotencyKey: string;
    notBefore?: Instant;
    at: string;
  },
): Promise<{ message: Message; outboxId: number }> {
  const { numberId, from, to, body, author, idempotencyKey, notBefore, at } = text;
  SmsPayload.parse({ from, to, body });
  const id = newId('msg');
  const outboxId = await enqueueSms(
    db,
    { message: id },
    { idempotencyKey, now: at, ...(notBefore === undefined ? {} : { notBefore }) },
  );
  const { message } = await insertMessage(db, {
    id,
    numberId,
    direction: 'out',
    author,
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
 * Queues a text written by the team and logs it as scheduled, pointing at its
 * outbox row; call it in one transaction.
 *
 * @example
 * const { message } = queueTeamText(db, { numberId, from: number.number, to, body, idempotencyKey, at });
 */
export async function queueTeamText(
  db: Connection,
  text: SmsPayload & { numberId: string | null; idempotencyKey: string; at: string },
): Promise<{ message: Message; outboxId: number }> {
  return await queueLoggedText(db, { ...text, author: 'team' });
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
  db?: Connection;
} & SmsHooks): OutboxHandler {
  const handler: OutboxHandler = async (row, attempt) => {
    const payload = await textOf(db, row.payload);
    if ('error' in payload) return { status: 'failed', error: payload.error };
    const text = { ...row, payload: payload.text };
    if (row.attemptStartedAt) {
      // The last request's answer was lost: it may have gone out.
      const recovered = await recoverText(client, db, text);
      if (recovered) return recovered;
    }
    const reason = await beforeSend?.(text);
    if (reason) return { status: 'cancelled', reason };
    if (!(await attempt.start())) {
      return { status: 'retry', error: 'Claimed by another worker meanwhile; not sent' };
    }
    const sent = await client.send({ ...payload.text, idempotencyKey: row.idempotencyKey });
    const outcome = toDeliveryResult(sent);
    // A logged text's sid is kept by its message (below): the row keeps no copy of it.
    if (outcome.status === 'sent' && messageOf(row.payload)) {
      return { status: 'sent', providerId: outcome.providerId as string };
    }
    return outcome;
  };
  handler.onSettled = async (row, outcome, tx) => {
    // The hook records the whole delivery on the message: writing the sid here too wrote it twice.
    if (onSettled) return await onSettled(row as OutboxRow<QueuedSms>, outcome, tx);
    const message = messageOf(row.payload);
    if (db && message && outcome.status === 'sent' && outcome.providerId) {
      await setProviderMessageId(tx, message, outcome.providerId);
    }
  };
  if (afterDelivery) {
    handler.afterDelivery = (row, outcome) => afterDelivery(row as OutboxRow<QueuedSms>, outcome);
  }
  return handler;
}

/** A client's answer as the outbox keeps it: the sid and status, or the error's code and message. */
export function toDeliveryResult(sent: SendResult): DeliveryResult {
  if (sent.ok) {
    return { status: 'sent', result: { sid: sent.sid, status: sent.status }, providerId: sent.sid };
  }
  const result = {
    ...(sent.httpStatus === undefined ? {} : { httpStatus: sent.httpStatus }),
    ...(sent.code === undefined ? {} : { code: sent.code }),
    message: sent.message,
  };
  const error = sent.code === undefined ? sent.message : `${sent.code}: ${sent.message}`;
  if (!sent.retryable) return { status: 'failed', error, result };
  return { status: 'retry', error, result, ...(sent.inDoubt ? { inDoubt: true } : {}) };
}
