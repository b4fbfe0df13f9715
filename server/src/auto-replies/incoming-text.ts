import { insertMessage, type Message } from '../db/messages.js';
import { findNumberByE164 } from '../db/numbers.js';
import { transaction } from '../db/sql/connection.js';
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
export async function receiveText(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>,
  text: IncomingText,
): Promise<{ message: Message; duplicate: boolean }> {
  const { db, clock, log } = deps;
  return await transaction(db, async (tx) => {
    const number = await findNumberByE164(tx, text.to);
    const { message, created } = await insertMessage(tx, {
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
      await transaction(tx, async (tx) => await decideForText(tx, number, message));
    } catch (error) {
      // The text is kept in the log whatever happens to its reply.
      log.error('auto-reply decision failed', { messageId: message.id, error: String(error) });
    }
    try {
      await transaction(
        tx,
        async (tx) =>
          await enqueueNotifications(
            { ...deps, db: tx },
            { type: 'message.received', messageId: message.id },
          ),
      );
    } catch (error) {
      log.error('text notification failed', { messageId: message.id, error: String(error) });
    }
    return { message, duplicate: false };
  });
}
