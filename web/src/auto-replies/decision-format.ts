import { formatWhen } from '../admin/call-format.js';
import type { Decision, Delivery, Message } from './types.js';

/**
 * The decision's sentence without the "Skipped:" or "Send now:" that the
 * badge beside it already says.
 *
 * @example
 * decisionSentence({ ...d, detail: 'Skipped: an auto-reply went to this contact 42 min ago (cooldown 3 h)' });
 * // 'An auto-reply went to this contact 42 min ago (cooldown 3 h)'
 */
export function decisionSentence(decision: Pick<Decision, 'detail'>): string {
  const rest = decision.detail.replace(/^(Skipped|Send now|Send in [^:]+):\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The sentence without the segment count at its end, for a view that shows
 * the count already.
 *
 * @example
 * withoutSegments('Weekdays is closed: after-hours text (1 SMS segment, GSM-7)'); // 'Weekdays is closed: after-hours text'
 */
export function withoutSegments(sentence: string): string {
  return sentence.replace(/\s*\(\d+ SMS segments?, (GSM-7|UCS-2)\)$/, '');
}

export interface DeliveryStatus {
  label: string;
  badge: 'ok' | 'warn' | 'bad' | '';
  /** Twilio's error, or why it was called off. */
  detail: string | null;
}

/**
 * What became of a text: scheduled for when, sent when, failed with
 * Twilio's error, or cancelled and why; null for a skip.
 *
 * @example
 * deliveryStatus({ status: 'failed', error: '21610: unsubscribed recipient', sentAt: null }, null);
 * // { label: 'Failed', badge: 'bad', detail: '21610: unsubscribed recipient' }
 */
export function deliveryStatus(
  delivery: Delivery | null,
  sendAt: string | null,
  when: (iso: string) => string = formatWhen,
): DeliveryStatus | null {
  if (!delivery) return null;
  switch (delivery.status) {
    case 'scheduled':
      return {
        label: sendAt ? `Scheduled for ${when(sendAt)}` : 'Scheduled',
        badge: 'warn',
        detail: null,
      };
    case 'sent':
      return {
        label: delivery.sentAt ? `Sent ${when(delivery.sentAt)}` : 'Sent',
        badge: 'ok',
        detail: null,
      };
    case 'failed':
      return { label: 'Failed', badge: 'bad', detail: delivery.error };
    case 'cancelled':
      return { label: 'Cancelled', badge: '', detail: delivery.error };
    case 'unknown':
      return { label: 'Unknown whether sent', badge: 'warn', detail: delivery.error };
    default:
      return null;
  }
}

/** Who wrote a message, as the message log says it. */
export function authorOf(message: Pick<Message, 'author' | 'direction'>): string {
  if (message.author === 'auto-reply') return 'Auto-reply';
  if (message.author === 'team') return 'Team';
  return 'Contact';
}

/** A message's status as a badge colour. */
export function messageBadge(status: Message['status']): string {
  if (status === 'failed') return 'badge bad';
  if (status === 'sent') return 'badge ok';
  if (status === 'scheduled' || status === 'unknown') return 'badge warn';
  return 'badge';
}
