/**
 * @module
 * The words of an auto-reply decision: what happened, who it is for, what
 * is known of them, and what was decided. Pure data, so the server, the
 * simulator and the tests build them alike.
 */
import type {
  AutoReplyRule,
  AutoReplyTexts,
  AutoReplyVariant,
  Schedule,
  SmsLength,
} from '@ringflow/shared';

/** What may set off an auto-reply: the three a rule answers, and any other end of a call for a flow's node. */
export type AutoReplyTriggerKind = 'missed-call' | 'voicemail' | 'incoming-text' | 'call-ended';

export interface AutoReplyEvent {
  trigger: AutoReplyTriggerKind;
  /** When it happened; variants, guards and the delay all count from here. */
  at: Date;
  contact: { number: string; name?: string };
  /** The number the contact called or texted, and the business it belongs to. */
  business: { number: string; name: string };
  /** The incoming text, for 'incoming-text'. */
  body?: string;
}

/** What is known of one contact and one business number just before the event. */
export interface ContactHistory {
  /**
   * The latest auto-reply to this contact from this number, sent or still
   * scheduled, at the instant it goes out (its `sendAt`, which may be ahead
   * of the event when a delayed reply is waiting).
   */
  lastAutoReplyAt: Date | null;
  /** Last time a team member talked to the contact: an answered call, a text from the team. */
  lastTeamActivityAt: Date | null;
  /** Earlier incoming texts from the contact to this number, this one excluded, of any age. */
  recentInboundAt: Date[];
  /** Whether the contact texted this number before this event. */
  hasTextedBefore: boolean;
}

/** Something that may send an auto-reply: a number's rule, or an auto-reply node a call reached. */
export type AutoReplyCandidate =
  | { source: 'rule'; rule: AutoReplyRule }
  | {
      source: 'flow';
      nodeId: string;
      label: string;
      texts: AutoReplyTexts;
      scheduleId: string | null;
    };

/** Facts beyond the contact: the schedules by id, and the number's own schedule that rules follow. */
export interface AutoReplyFactsForDecision {
  schedules: Readonly<Record<string, Schedule>>;
  scheduleId: string | null;
}

/** Why an auto-reply was not sent, named once for the runtime, the API schema and the web app. */
export const SKIP_REASONS = [
  'inactive',
  'automated-sender',
  'automated-text',
  'burst',
  'not-first-message',
  'conversation',
  'cooldown',
  'no-text',
  'too-long',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
/** What a decision says: sent, or why not. */
export const DECISION_REASONS = ['sent', ...SKIP_REASONS] as const;

export interface AutoReplyDecision {
  action: 'send' | 'skip';
  reason: 'sent' | SkipReason;
  /** A sentence for the logs: "Skipped: an auto-reply went to this contact 42 min ago (cooldown 3 h)". */
  detail: string;
  candidate: { source: 'rule' | 'flow'; id: string; name: string };
  /** The text that applied; null when a guard stopped the candidate before the schedule was read. */
  variant: AutoReplyVariant | null;
  /** The rendered text, when sent (or when refused as too long, to show why). */
  text: string | null;
  /** Encoding and segments of `text`. */
  length: SmsLength | null;
  /** When to send it: the event plus the rule's delay. */
  sendAt: Date | null;
}
