/**
 * @module
 * The auto-reply routes' answers: a number's settings, the decision log, and
 * the message log with the decisions each text caused; from the types
 * generated from the server's schemas.
 */
import type { AutoReplyTriggerKind, SkipReason } from '@ringflow/flow-runtime';
import type { AutoReplySettings } from '@ringflow/shared';
import type { ApiSchema } from '../api/types.js';

/** Where a decision came from, and why it went as it did: the server's own words. */
export type DecisionTrigger = AutoReplyTriggerKind;
export type DecisionReason = 'sent' | SkipReason;

/** One decision of the server: whether a rule or a flow's node texted a contact, and why. */
export type Decision = ApiSchema<'AutoReplyDecision'>;
/** What became of a text that was decided: waiting for its delay, gone, refused or called off. */
export type Delivery = NonNullable<Decision['delivery']>;
export type Message = ApiSchema<'Message'>;

export interface AutoRepliesReply {
  settings: AutoReplySettings;
}
export interface DecisionsReply {
  decisions: Decision[];
}
export interface MessagesReply {
  messages: Message[];
}
