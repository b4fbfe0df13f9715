/**
 * @module
 * Auto-replies on the server: when a call ends or a text arrives, decide with
 * flow-runtime's pure `decideAutoReplies` (the code the simulator runs) and
 * write every decision, and each text to send as a message and an outbox row,
 * in the caller's transaction. Nothing is sent here: the outbox worker sends.
 */
import {
  type AutoReplyCandidate,
  type AutoReplyDecision,
  type AutoReplyEvent,
  type CallResult,
  type ContactHistory,
  callCandidates,
  decideAutoReplies,
  ruleCandidates,
  triggerOfOutcome,
} from '@ringflow/flow-runtime';
import type { AutoReplyGuards, FlowDocument, Schedule } from '@ringflow/shared';
import { getAutoReplySettings, insertDecision, lockContactDecisions } from '../db/auto-replies.js';
import { type ContactFacts, contactFacts, type Message } from '../db/messages.js';
import type { PhoneNumber } from '../db/numbers.js';
import { listSchedulesByIds } from '../db/schedules.js';
import type { Connection } from '../db/sql/connection.js';
import { queueLoggedText } from '../outbox/sms.js';

const MINUTE = 60_000;

/** What a decision is about: the call that ended or the text that arrived. */
type Cause = { kind: 'call'; callId: string; step: number } | { kind: 'text'; messageId: string };

export interface CallEnding {
  callId: string;
  /** The call's step when it ended; a second ending (a late report) decides anew. */
  step: number;
  from: string;
  number: PhoneNumber;
  result: CallResult;
  document: FlowDocument;
  schedules: Readonly<Record<string, Schedule>>;
  at: string;
  /**
   * Seconds to hold the texts back: when the provider may still report how a
   * dial or a recording ended, the outcome (and so the text) can change.
   */
  holdSeconds?: number;
}

/**
 * Decides the auto-replies of a call that has ended: the auto-reply nodes its
 * flow reached, or, when it reached none, the number's rules for a missed call
 * or a voicemail.
 */
export async function decideForCall(
  db: Connection,
  ending: CallEnding,
): Promise<AutoReplyDecision[]> {
  const { number, result, at } = ending;
  const settings = await getAutoReplySettings(db, number.id);
  const trigger = triggerOfOutcome(result.outcome);
  const candidates = callCandidates(ending.document, result, settings.rules);
  if (candidates.length === 0 || trigger === null) return [];
  const event = eventOf(trigger, ending.from, number, at);
  return await decideAndRecord(db, {
    event,
    candidates,
    guards: settings.guards,
    number,
    // The flow's schedules are at hand; the number's own is read only when the flow names another.
    schedules:
      number.scheduleId && !ending.schedules[number.scheduleId]
        ? { ...ending.schedules, ...(await numberSchedule(db, number)) }
        : ending.schedules,
    cause: { kind: 'call', callId: ending.callId, step: ending.step },
    holdSeconds: ending.holdSeconds ?? 0,
  });
}

/** Decides the auto-replies of a text received (already stored as `message`). */
export async function decideForText(
  db: Connection,
  number: PhoneNumber,
  message: Message,
): Promise<AutoReplyDecision[]> {
  const settings = await getAutoReplySettings(db, number.id);
  const candidates = ruleCandidates(settings.rules, 'incoming-text');
  if (candidates.length === 0) return [];
  const event = {
    ...eventOf('incoming-text', message.contact, number, message.at),
    body: message.body,
  };
  return await decideAndRecord(db, {
    event,
    candidates,
    guards: settings.guards,
    number,
    schedules: await numberSchedule(db, number),
    cause: { kind: 'text', messageId: message.id },
    holdSeconds: 0,
  });
}

function eventOf(
  trigger: AutoReplyEvent['trigger'],
  contact: string,
  number: PhoneNumber,
  at: string,
): AutoReplyEvent {
  return {
    trigger,
    at: new Date(at),
    contact: { number: contact },
    business: { number: number.number, name: number.businessName || number.name },
  };
}

async function numberSchedule(
  db: Connection,
  number: PhoneNumber,
): Promise<Record<string, Schedule>> {
  if (!number.scheduleId) return {};
  return Object.fromEntries(
    (await listSchedulesByIds(db, [number.scheduleId])).map((s) => [s.id, s]),
  );
}

/** The stored facts as the pure decision reads them. */
export function historyOf(facts: ContactFacts): ContactHistory {
  const date = (at: string | null) => (at ? new Date(at) : null);
  return {
    lastAutoReplyAt: date(facts.lastAutoReplyAt),
    lastTeamActivityAt: date(facts.lastTeamActivityAt),
    recentInboundAt: facts.recentInboundAt.map((at) => new Date(at)),
    hasTextedBefore: facts.hasTextedBefore,
  };
}

async function decideAndRecord(
  db: Connection,
  input: {
    event: AutoReplyEvent;
    candidates: AutoReplyCandidate[];
    guards: AutoReplyGuards;
    number: PhoneNumber;
    schedules: Readonly<Record<string, Schedule>>;
    cause: Cause;
    holdSeconds: number;
  },
): Promise<AutoReplyDecision[]> {
  const { event, number, cause, guards } = input;
  await lockContactDecisions(db, number.id, event.contact.number);
  // What the guards know of the contact; the call or text being decided is not its own history.
  const history = historyOf(
    await contactFacts(db, {
      numberId: number.id,
      contact: event.contact.number,
      since: new Date(event.at.getTime() - guards.burstMinutes * MINUTE).toISOString(),
      now: event.at.toISOString(),
      excludeCallId: cause.kind === 'call' ? cause.callId : null,
      excludeMessageId: cause.kind === 'text' ? cause.messageId : null,
    }),
  );
  const decisions = decideAutoReplies(event, input.candidates, guards, history, {
    schedules: input.schedules,
    scheduleId: number.scheduleId,
  });
  const at = event.at.toISOString();
  const causeKey =
    cause.kind === 'call' ? `call:${cause.callId}:${cause.step}` : `text:${cause.messageId}`;
  for (const decision of decisions) {
    let replyMessageId: string | null = null;
    if (decision.action === 'send' && decision.text && decision.sendAt) {
      const held = event.at.getTime() + input.holdSeconds * 1000;
      const notBefore = new Date(Math.max(decision.sendAt.getTime(), held)).toISOString();
      replyMessageId = (
        await queueLoggedText(db, {
          numberId: number.id,
          author: 'auto-reply',
          from: number.number,
          to: event.contact.number,
          body: decision.text,
          idempotencyKey: `auto-reply:${causeKey}:${decision.candidate.source}:${decision.candidate.id}`,
          notBefore,
          at,
        })
      ).message.id;
    }
    await insertDecision(db, {
      numberId: number.id,
      contact: event.contact.number,
      trigger: event.trigger,
      callId: cause.kind === 'call' ? cause.callId : null,
      messageId: cause.kind === 'text' ? cause.messageId : null,
      source: decision.candidate.source,
      sourceId: decision.candidate.id,
      sourceName: decision.candidate.name,
      action: decision.action,
      reason: decision.reason,
      detail: decision.detail,
      variant: decision.variant,
      text: decision.text,
      sendAt: decision.sendAt?.toISOString() ?? null,
      replyMessageId,
      at,
    });
  }
  return decisions;
}
