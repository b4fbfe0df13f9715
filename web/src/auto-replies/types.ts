/**
 * @module
 * The auto-reply routes' answers (docs/api.md): a number's settings, the
 * decision log, and the message log with the decisions each text caused.
 */
import type { AutoReplyTriggerKind, SkipReason } from '@ringflow/flow-runtime';
import type { AutoReplySettings, AutoReplyVariant } from '@ringflow/shared';

/** Where a decision came from, and why it went as it did: the server's own words. */
export type DecisionTrigger = AutoReplyTriggerKind;
export type DecisionReason = 'sent' | SkipReason;

/** What became of a text that was decided: waiting for its delay, gone, refused or called off. */
export interface Delivery {
  status: 'received' | 'scheduled' | 'sent' | 'failed' | 'cancelled' | 'unknown';
  /** Twilio's error, or why it was cancelled. */
  error: string | null;
  sentAt: string | null;
}

/** One decision of the server: whether a rule or a flow's node texted a contact, and why. */
export interface Decision {
  id: string;
  at: string;
  numberId: string;
  contact: string;
  trigger: DecisionTrigger;
  source: 'rule' | 'flow';
  sourceId: string;
  sourceName: string;
  action: 'send' | 'skip';
  reason: DecisionReason;
  /** A sentence: "Skipped: an auto-reply went to this contact 42 min ago (cooldown 3 h)". */
  detail: string;
  variant: AutoReplyVariant | null;
  text: string | null;
  sendAt: string | null;
  callId: string | null;
  /** The text received that caused it. */
  messageId: string | null;
  /** The text it sent. */
  replyMessageId?: string | null;
  delivery: Delivery | null;
}

export interface Message {
  id: string;
  /** null once the number has been removed. */
  numberId: string | null;
  direction: 'in' | 'out';
  author: 'contact' | 'team' | 'auto-reply';
  contact: string;
  /** The business number it was sent to or from. */
  business: string;
  body: string;
  status: 'received' | 'scheduled' | 'sent' | 'failed' | 'cancelled' | 'unknown';
  error: string | null;
  at: string;
  sentAt: string | null;
  /** For an incoming text: what each auto-reply rule decided about it. */
  decisions: Decision[];
}

export interface AutoRepliesReply {
  settings: AutoReplySettings;
}
export interface DecisionsReply {
  decisions: Decision[];
}
export interface MessagesReply {
  messages: Message[];
}
