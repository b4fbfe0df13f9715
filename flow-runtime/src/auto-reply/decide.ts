/**
 * @module
 * Whether to text a contact back, decided purely from the event, the
 * candidate, the guards and what is known of the contact: the server and the
 * browser simulator call the same functions, and perform the sending
 * themselves.
 */
import {
  type AutoReplyGuards,
  type AutoReplyTexts,
  chooseVariant,
  isOverSmsLimit,
  renderTemplate,
  SMS_MAX_CHARS,
  smsLength,
  type VariantChoice,
} from '@ringflow/shared';
import type { CallOutcome } from '../compile/types.js';
import type {
  AutoReplyCandidate,
  AutoReplyDecision,
  AutoReplyEvent,
  AutoReplyFactsForDecision,
  ContactHistory,
} from './decision.js';
import { formatDuration } from './duration.js';
import { stoppedBy } from './guards.js';
import { templateValues } from './template-values.js';

const MINUTE = 60_000;

/**
 * The trigger a finished call sets off: a call nobody answered (or the caller
 * gave up on) is a missed call, a message left is a voicemail. A blocked
 * caller sets off nothing: no text, no notification.
 *
 * @example
 * triggerOfOutcome('abandoned'); // 'missed-call'
 * triggerOfOutcome('answered'); // 'call-ended'
 * triggerOfOutcome('blocked'); // null
 */
export function triggerOfOutcome(
  outcome: CallOutcome,
): 'missed-call' | 'voicemail' | 'call-ended' | null {
  if (outcome === 'blocked') return null;
  if (outcome === 'missed' || outcome === 'abandoned') return 'missed-call';
  if (outcome === 'voicemail') return 'voicemail';
  return 'call-ended';
}

/** The candidate as the decision log names it. */
function nameOf(candidate: AutoReplyCandidate): AutoReplyDecision['candidate'] {
  return candidate.source === 'rule'
    ? { source: 'rule', id: candidate.rule.id, name: candidate.rule.name }
    : { source: 'flow', id: candidate.nodeId, name: candidate.label };
}

/** Rules follow the number's schedule; a flow's node names its own. */
function textsAndSchedule(
  candidate: AutoReplyCandidate,
  facts: AutoReplyFactsForDecision,
): { texts: AutoReplyTexts; scheduleId: string | null; delayMinutes: number } {
  return candidate.source === 'rule'
    ? {
        texts: candidate.rule.texts,
        scheduleId: facts.scheduleId,
        delayMinutes: candidate.rule.delayMinutes,
      }
    : { texts: candidate.texts, scheduleId: candidate.scheduleId, delayMinutes: 0 };
}

/**
 * The variant that applies; an id with no schedule behind it (deleted since)
 * falls back to the in-hours text, as having no schedule does.
 */
export function variantFor(
  texts: AutoReplyTexts,
  scheduleId: string | null,
  facts: Pick<AutoReplyFactsForDecision, 'schedules'>,
  at: Date,
): VariantChoice {
  const schedule = scheduleId ? facts.schedules[scheduleId] : undefined;
  if (scheduleId && !schedule) {
    return {
      variant: 'in-hours',
      template: texts.inHours,
      reason: `Schedule ${scheduleId} is unknown: in-hours text`,
    };
  }
  return chooseVariant(texts, schedule, at);
}

/**
 * Whether one candidate texts the contact back, and what: the guards first
 * (switched off, robots, bursts, first message only, a live conversation,
 * the cooldown), then the text for the schedule's situation, rendered and
 * measured.
 *
 * @example
 * decideAutoReply(
 *   { trigger: 'missed-call', at, contact: { number: '+14155550123' }, business: { number: '+14155550100', name: 'Acme' } },
 *   { source: 'rule', rule },
 *   guards,
 *   { lastAutoReplyAt: null, lastTeamActivityAt: null, recentInboundAt: [], hasTextedBefore: false },
 *   { schedules: { office }, scheduleId: 'office' },
 * );
 * // { action: 'send', reason: 'sent', variant: 'after-hours', text: 'Thanks for calling Acme...', sendAt: at, ... }
 */
export function decideAutoReply(
  event: AutoReplyEvent,
  candidate: AutoReplyCandidate,
  guards: AutoReplyGuards,
  history: ContactHistory,
  facts: AutoReplyFactsForDecision,
): AutoReplyDecision {
  const base = {
    candidate: nameOf(candidate),
    variant: null,
    text: null,
    length: null,
    sendAt: null,
  };
  const stop = stoppedBy(event, candidate, guards, history);
  if (stop) return { action: 'skip', ...stop, ...base };

  const { texts, scheduleId, delayMinutes } = textsAndSchedule(candidate, facts);
  const choice = variantFor(texts, scheduleId, facts, event.at);
  const named = { ...base, variant: choice.variant };
  const template = choice.template ?? '';
  const schedule = scheduleId ? facts.schedules[scheduleId] : undefined;
  const text = template.trim() ? renderTemplate(template, templateValues(event, schedule)) : '';
  if (!text.trim()) {
    const why = template.trim() ? 'is empty once filled in' : 'is not set';
    return {
      action: 'skip',
      reason: 'no-text',
      detail: `Skipped: nothing to send, the ${choice.variant} text ${why} (${choice.reason})`,
      ...named,
    };
  }
  const length = smsLength(text);
  if (isOverSmsLimit(text)) {
    return {
      action: 'skip',
      reason: 'too-long',
      detail: `Skipped: the ${choice.variant} text has ${[...text].length} characters once filled in; a text may have at most ${SMS_MAX_CHARS}`,
      ...named,
      text,
      length,
    };
  }
  const sendAt = new Date(event.at.getTime() + delayMinutes * MINUTE);
  const when = delayMinutes > 0 ? `in ${formatDuration(delayMinutes * MINUTE)}` : 'now';
  const segments = `${length.segments} SMS segment${length.segments === 1 ? '' : 's'}`;
  return {
    action: 'send',
    reason: 'sent',
    detail: `Send ${when}: ${choice.reason} (${segments}, ${length.encoding})`,
    ...named,
    text,
    length,
    sendAt,
  };
}

/**
 * Decides every candidate in order. A send counts in the history of those
 * after it, so with a cooldown only the first sendable candidate texts the
 * contact.
 *
 * @example
 * decideAutoReplies(event, [ruleCandidate, nodeCandidate], guards, history, facts)
 *   .map((d) => d.reason); // ['sent', 'cooldown']
 */
export function decideAutoReplies(
  event: AutoReplyEvent,
  candidates: readonly AutoReplyCandidate[],
  guards: AutoReplyGuards,
  history: ContactHistory,
  facts: AutoReplyFactsForDecision,
): AutoReplyDecision[] {
  let known = history;
  return candidates.map((candidate) => {
    const decision = decideAutoReply(event, candidate, guards, known, facts);
    if (decision.sendAt)
      known = { ...known, lastAutoReplyAt: later(known.lastAutoReplyAt, decision.sendAt) };
    return decision;
  });
}

function later(a: Date | null, b: Date): Date {
  return a && a > b ? a : b;
}

/**
 * Whether a delayed reply should still go out when its time comes: not once
 * a team member has talked to the contact since it was decided, since the
 * conversation has moved on. Returns the reason for the log, or null to send.
 *
 * @example
 * cancelDelayed(decidedAt, { ...history, lastTeamActivityAt: threeMinutesLater });
 * // 'Cancelled: the team talked to this contact 3 min after the auto-reply was decided'
 */
export function cancelDelayed(decidedAt: Date, history: ContactHistory): string | null {
  const team = history.lastTeamActivityAt;
  if (!team || team < decidedAt) return null;
  const after = formatDuration(team.getTime() - decidedAt.getTime());
  const when = after === 'less than a minute' ? 'right after' : `${after} after`;
  return `Cancelled: the team talked to this contact ${when} the auto-reply was decided`;
}
