/**
 * @module
 * The outbox's texts seen from the message log: a text is checked once more
 * just before it goes (a deleted or switched-off rule, a person who replied
 * meanwhile cancel it), and its message row follows how delivery went, in
 * the same transaction as the outbox row, so the two never disagree.
 */
import { cancelDelayed } from '@ringflow/flow-runtime';
import type { Clock } from '../clock.js';
import { decisionOfReply, getAutoReplySettings } from '../db/auto-replies.js';
import {
  contactFacts,
  findMessageByOutbox,
  type MessageStatus,
  updateMessageDelivery,
} from '../db/messages.js';
import type { OutboxRow } from '../db/outbox.js';
import type { Connection } from '../db/sql/connection.js';
import type { SmsHooks } from '../outbox/sms.js';
import { historyOf } from './decide.js';

/**
 * The message status an outbox row stands for. A pending row with an
 * unanswered attempt is 'unknown' until Twilio says whether the text exists.
 *
 * @example
 * expect(message.status).toBe(messageStatusOf(getOutbox(db, message.outboxId)));
 */
export function messageStatusOf(
  row: Pick<OutboxRow, 'status' | 'attemptStartedAt'>,
): MessageStatus {
  if (row.status === 'pending') return row.attemptStartedAt ? 'unknown' : 'scheduled';
  return row.status;
}

/**
 * @example
 * createDelivery(deps, { hooks: messageLogHooks(deps.db, deps.clock) });
 */
export function messageLogHooks(db: Connection, clock: Clock): SmsHooks {
  return {
    async beforeSend(row) {
      const message = await findMessageByOutbox(db, row.id);
      if (message?.author !== 'auto-reply' || !message.numberId) return null;
      if (message.status === 'cancelled') return 'Cancelled before sending';
      const decision = await decisionOfReply(db, message.id);
      if (!decision) return null;
      if (decision.source === 'rule') {
        const rule = (await getAutoReplySettings(db, message.numberId)).rules.find(
          (r) => r.id === decision.sourceId,
        );
        if (!rule) return 'Cancelled: the auto-reply was deleted before its text went out';
        if (!rule.active)
          return 'Cancelled: the auto-reply was switched off before its text went out';
      }
      const now = clock.now().toISOString();
      const facts = await contactFacts(db, {
        numberId: message.numberId,
        contact: message.contact,
        since: now,
        now,
        excludeCallId: decision.callId,
      });
      return cancelDelayed(new Date(decision.at), historyOf(facts));
    },
    async onSettled(row, outcome, tx) {
      const message = await findMessageByOutbox(tx, row.id);
      if (!message) return;
      const status = messageStatusOf(row);
      if (status === 'sent') {
        // A text of the message log leaves its sid with the outcome, not in the row.
        const sid =
          (outcome.status === 'sent' ? outcome.providerId : undefined) ??
          (row.result as { sid?: unknown } | null)?.sid;
        await updateMessageDelivery(tx, message.id, {
          status,
          sentAt: clock.now().toISOString(),
          providerMessageId: typeof sid === 'string' ? sid : null,
        });
      } else if (status === 'cancelled') {
        const reason = outcome.status === 'cancelled' ? outcome.reason : row.lastError;
        await updateMessageDelivery(tx, message.id, { status, error: reason });
      } else {
        // Failed, unknown, or still to send: the last error says why.
        await updateMessageDelivery(tx, message.id, { status, error: row.lastError });
      }
    },
  };
}
