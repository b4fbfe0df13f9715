/**
 * @module
 * A text from a contact: stored in the message log and answered by the
 * number's incoming-text rules, in one IMMEDIATE transaction, so fifty texts
 * at once are decided one after the other and a retried webhook is stored
 * (and answered) once.
 */
import { inTransaction } from '../db/database.js';
import { insertMessage, type Message } from '../db/messages.js';
import { findNumberByE164 } from '../db/numbers.js';
import type { ServerDeps } from '../deps.js';
import { enqueueNotifications } from '../notifications/enqueue.js';
import { decideForText } from './decide.js';

export interface IncomingText {
  providerMessageId: string;
  from: string;
  to: string;
  body: string;
}

/**
 * @example
 * receiveText(deps, { providerMessageId: 'SM1', from: '+14155550123', to: '+14155550100', body: 'Hi' });
 */
export function receiveText(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>,
  text: IncomingText,
): { message: Message; duplicate: boolean } {
  const { db, clock, log } = deps;
  return inTransaction(db, () => {
    const number = findNumberByE164(db, text.to);
    const { message, created } = insertMessage(db, {
      numberId: number?.id ?? null,
      direction: 'in',
      author: 'contact',
      contact: text.from,
      business: text.to,
      body: text.body,
      providerMessageId: text.providerMessageId,
      status: 'received',
      at: clock.now().toISOString(),
    });
    if (!created) return { message, duplicate: true };
    if (!number) {
      log.warn('text for a number not in Ringflow', { messageSid: text.providerMessageId });
      return { message, duplicate: false };
    }
    try {
      db.transaction(() => decideForText(db, number, message))();
    } catch (error) {
      // The text is kept in the log whatever happens to its reply.
      log.error('auto-reply decision failed', { messageId: message.id, error: String(error) });
    }
    try {
      db.transaction(() =>
        enqueueNotifications(deps, { type: 'message.received', messageId: message.id }),
      )();
    } catch (error) {
      log.error('text notification failed', { messageId: message.id, error: String(error) });
    }
    return { message, duplicate: false };
  });
}
