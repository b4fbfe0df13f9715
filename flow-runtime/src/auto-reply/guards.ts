/**
 * @module
 * The guards an auto-reply passes before its text is even chosen, in the
 * order the decision log reports them: the first that stops it is the
 * reason.
 */
import type { AutoReplyGuards } from '@ringflow/shared';
import { automatedSender, automatedText } from './automated.js';
import type { AutoReplyCandidate, AutoReplyEvent, ContactHistory, SkipReason } from './decision.js';
import { formatAgo, formatDuration } from './duration.js';

const MINUTE = 60_000;

export interface GuardStop {
  reason: SkipReason;
  detail: string;
}

const TRIGGER_NAMES: Readonly<Record<AutoReplyEvent['trigger'], string>> = {
  'missed-call': 'missed calls',
  voicemail: 'voicemails',
  'incoming-text': 'incoming texts',
  'call-ended': 'other ends of calls',
};

const minutes = (n: number) => formatDuration(n * MINUTE);

/** Whether `then` falls less than `windowMinutes` before `at`; a `then` after `at` counts as inside. */
function within(then: Date, at: Date, windowMinutes: number): boolean {
  return windowMinutes > 0 && at.getTime() - then.getTime() < windowMinutes * MINUTE;
}

/**
 * The first guard that stops the candidate, or null when every guard lets it
 * through: switched off, a robot sender, a robot's text, a burst of texts, a
 * contact who texted before (for first-message rules), a live conversation,
 * the cooldown.
 *
 * @example
 * stoppedBy(event, candidate, guards, { ...history, lastAutoReplyAt: fortyTwoMinutesAgo });
 * // { reason: 'cooldown', detail: 'Skipped: an auto-reply went to this contact 42 min ago (cooldown 3 h)' }
 */
export function stoppedBy(
  event: AutoReplyEvent,
  candidate: AutoReplyCandidate,
  guards: AutoReplyGuards,
  history: ContactHistory,
): GuardStop | null {
  const rule = candidate.source === 'rule' ? candidate.rule : null;
  if (rule && !rule.active) {
    return { reason: 'inactive', detail: `Skipped: the rule "${rule.name}" is switched off` };
  }
  if (rule && rule.trigger !== event.trigger) {
    return {
      reason: 'inactive',
      detail: `Skipped: the rule "${rule.name}" answers ${TRIGGER_NAMES[rule.trigger]}, not ${TRIGGER_NAMES[event.trigger]}`,
    };
  }
  const isText = event.trigger === 'incoming-text';
  if (guards.ignoreAutomated) {
    const sender = automatedSender(event.contact.number);
    if (sender) return { reason: 'automated-sender', detail: `Skipped: ${sender}` };
    const robotText = isText && event.body !== undefined ? automatedText(event.body) : null;
    if (robotText) {
      return {
        reason: 'automated-text',
        detail: `Skipped: the text looks automated (${robotText})`,
      };
    }
    if (isText) {
      const inWindow = history.recentInboundAt.filter(
        (then) => then <= event.at && within(then, event.at, guards.burstMinutes),
      );
      const count = inWindow.length + 1;
      if (count >= guards.burstMessages) {
        return {
          reason: 'burst',
          detail: `Skipped: ${count} texts from this contact in the last ${minutes(guards.burstMinutes)} look automated (burst guard: ${guards.burstMessages} in ${minutes(guards.burstMinutes)})`,
        };
      }
    }
  }
  if (rule?.firstMessageOnly && isText && history.hasTextedBefore) {
    return {
      reason: 'not-first-message',
      detail: `Skipped: the rule "${rule.name}" answers only a contact's first text, and this contact has texted before`,
    };
  }
  const team = history.lastTeamActivityAt;
  if (team && within(team, event.at, guards.conversationMinutes)) {
    const when = team > event.at ? 'since then' : formatAgo(team, event.at);
    return {
      reason: 'conversation',
      detail: `Skipped: the team talked to this contact ${when} (conversation guard ${minutes(guards.conversationMinutes)})`,
    };
  }
  const last = history.lastAutoReplyAt;
  if (last && within(last, event.at, guards.cooldownMinutes)) {
    const what =
      last > event.at
        ? `an auto-reply to this contact is already scheduled ${formatAgo(last, event.at)}`
        : `an auto-reply went to this contact ${formatAgo(last, event.at)}`;
    return {
      reason: 'cooldown',
      detail: `Skipped: ${what} (cooldown ${minutes(guards.cooldownMinutes)})`,
    };
  }
  return null;
}
