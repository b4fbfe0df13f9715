import { formatWhen } from '../ui/dates.js';
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

/** A text the server cannot send yet: no Twilio credentials. */
const WAITING_FOR_TWILIO: DeliveryStatus = {
  label: 'Waiting: Twilio is not set up',
  badge: 'warn',
  detail: 'It goes out once the server has its Twilio credentials (see the banner at the top).',
};

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
  twilioReady = true,
): DeliveryStatus | null {
  if (!delivery) return null;
  switch (delivery.status) {
    case 'scheduled':
      if (!twilioReady) return WAITING_FOR_TWILIO;
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

/**
 * The decision's badge: what became of a text it decided to send ("Sent"
 * only once Twilio took it), or "Skipped".
 *
 * @example
 * decisionBadge({ action: 'send', delivery: { status: 'scheduled', error: null, sentAt: null } });
 * // { label: 'Will send', badge: 'warn' }
 */
export function decisionBadge(decision: Pick<Decision, 'action' | 'delivery'>): {
  label: string;
  badge: DeliveryStatus['badge'];
} {
  if (decision.action !== 'send') return { label: 'Skipped', badge: '' };
  switch (decision.delivery?.status) {
    case 'sent':
      return { label: 'Sent', badge: 'ok' };
    case 'scheduled':
      return { label: 'Will send', badge: 'warn' };
    case 'failed':
    case 'unknown':
      return { label: 'Not sent', badge: 'bad' };
    case 'cancelled':
      return { label: 'Called off', badge: '' };
    default:
      // Its text is gone (retention): the decision is all that is left.
      return { label: 'Decided to send', badge: '' };
  }
}

/**
 * A text's status in the message log, in words.
 *
 * @example
 * messageStatusLabel('scheduled', false); // 'waiting: Twilio is not set up'
 */
export function messageStatusLabel(status: Message['status'], twilioReady = true): string {
  if (status === 'scheduled' && !twilioReady) return 'waiting: Twilio is not set up';
  if (status === 'unknown') return 'unknown whether sent';
  return status;
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
