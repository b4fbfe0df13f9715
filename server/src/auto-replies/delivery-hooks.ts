/**
 * @module
 * The outbox's texts seen from the message log: a text is checked once more
 * just before it goes (a deleted or switched-off rule, a person who replied
 * meanwhile cancel it), and its message row follows how delivery went.
 */
import { cancelDelayed } from '@ringflow/flow-runtime';
import type { Clock } from '../clock.js';
import { decisionOfReply, getAutoReplySettings } from '../db/auto-replies.js';
import type { Db } from '../db/database.js';
import { contactFacts, findMessageByOutbox, updateMessageDelivery } from '../db/messages.js';
import type { SmsHooks } from '../outbox/sms.js';
import { historyOf } from './decide.js';

/**
 * @example
 * createDelivery(deps, { hooks: messageLogHooks(deps.db, deps.clock) });
 */
export function messageLogHooks(db: Db, clock: Clock): SmsHooks {
  return {
    beforeSend(row) {
      const message = findMessageByOutbox(db, row.id);
      if (message?.author !== 'auto-reply' || !message.numberId) return null;
      if (message.status === 'cancelled') return 'Cancelled before sending';
      const decision = decisionOfReply(db, message.id);
      if (!decision) return null;
      if (decision.source === 'rule') {
        const rule = getAutoReplySettings(db, message.numberId).rules.find(
          (r) => r.id === decision.sourceId,
        );
        if (!rule) return 'Cancelled: the auto-reply was deleted before its text went out';
        if (!rule.active)
          return 'Cancelled: the auto-reply was switched off before its text went out';
      }
      const now = clock.now().toISOString();
      const facts = contactFacts(db, {
        numberId: message.numberId,
        contact: message.contact,
        since: now,
        now,
        excludeCallId: decision.callId,
      });
      return cancelDelayed(new Date(decision.at), historyOf(facts));
    },
    afterDelivery(row, outcome) {
      const message = findMessageByOutbox(db, row.id);
      if (!message) return;
      const now = clock.now().toISOString();
      if (row.status === 'sent') {
        const sid = (row.result as { sid?: unknown } | null)?.sid;
        updateMessageDelivery(db, message.id, {
          status: 'sent',
          sentAt: now,
          providerMessageId: typeof sid === 'string' ? sid : null,
        });
      } else if (row.status === 'failed') {
        updateMessageDelivery(db, message.id, { status: 'failed', error: row.lastError });
      } else if (row.status === 'cancelled') {
        const reason = outcome.status === 'cancelled' ? outcome.reason : row.lastError;
        updateMessageDelivery(db, message.id, { status: 'cancelled', error: reason });
      } else {
        // Still to send: keep the last error visible while it is retried.
        updateMessageDelivery(db, message.id, { status: 'scheduled', error: row.lastError });
      }
    },
  };
}
