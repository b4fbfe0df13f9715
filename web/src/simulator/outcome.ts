import {
  type AutoReplyDecision,
  type ContactHistory,
  callCandidates,
  decideAutoReplies,
  formatDuration,
  triggerOfOutcome,
} from '@ringflow/flow-runtime';
import type { AutoReplyGuards } from '@ringflow/shared';
import type { SimRun } from './prepare-run.js';
import { currentStep } from './session.js';
import type { HistoryChoice } from './setup.js';

const MINUTE = 60_000;

/**
 * What the guards know of the caller, from the setup's choice: an auto-reply
 * or a team member's call `minutes` before the call started.
 *
 * @example
 * historyOf({ kind: 'team', minutes: 10 }, start).lastTeamActivityAt; // start - 10 min
 */
export function historyOf(choice: HistoryChoice, callStart: Date): ContactHistory {
  const then = new Date(callStart.getTime() - choice.minutes * MINUTE);
  return {
    lastAutoReplyAt: choice.kind === 'auto-reply' ? then : null,
    lastTeamActivityAt: choice.kind === 'team' ? then : null,
    recentInboundAt: [],
    hasTextedBefore: false,
  };
}

/**
 * What a finished call's ending decides, with the same code the server
 * runs: the auto-reply steps the flow reached (or, when it reached none,
 * the number's rules for a missed call or a voicemail), through the
 * number's guards and the contact history chosen in the setup. Empty while
 * the call goes on.
 *
 * @example
 * decisionsOf(run).map((d) => d.reason); // ['sent'], or ['cooldown'] with a recent auto-reply
 */
export function decisionsOf(run: SimRun): AutoReplyDecision[] {
  const { view } = currentStep(run.session);
  if (!view.done || !view.result) return [];
  const trigger = triggerOfOutcome(view.result.outcome);
  // A blocked caller sets off no auto-reply at all.
  if (trigger === null) return [];
  const { settings, scheduleId } = run.autoReplies;
  const candidates = callCandidates(run.document, view.result, settings.rules);
  return decideAutoReplies(
    {
      trigger,
      at: new Date(view.snapshot.context.now),
      contact: { number: run.setup.from.trim() },
      business: run.business,
    },
    candidates,
    settings.guards,
    historyOf(run.setup.history, new Date(run.session.input.at)),
    { schedules: run.schedules, scheduleId },
  );
}

/**
 * The guards in a line, under the decisions, saying whose they are.
 *
 * @example
 * guardsLine(guards, 'Main line (+14155550100)');
 * // 'Guards of Main line (+14155550100): cooldown 3 h, conversation 3 h, autoresponders ignored.'
 */
export function guardsLine(guards: AutoReplyGuards, numberLabel: string | null): string {
  const span = (minutes: number) => (minutes > 0 ? formatDuration(minutes * MINUTE) : 'off');
  const whose = numberLabel
    ? `Guards of ${numberLabel}`
    : 'No number runs this flow: default guards';
  const robots = guards.ignoreAutomated ? 'autoresponders ignored' : 'autoresponders answered';
  return `${whose}: cooldown ${span(guards.cooldownMinutes)}, conversation ${span(guards.conversationMinutes)}, ${robots}.`;
}

/**
 * The contact history the guards were told, in a sentence.
 *
 * @example
 * historyLine({ kind: 'auto-reply', minutes: 30 }); // 'Contact history: an auto-reply went to this caller 30 min before the call.'
 */
export function historyLine(choice: HistoryChoice): string {
  const when = `${formatDuration(choice.minutes * MINUTE)} before the call`;
  if (choice.kind === 'auto-reply')
    return `Contact history: an auto-reply went to this caller ${when}.`;
  if (choice.kind === 'team')
    return `Contact history: a team member talked to this caller ${when}.`;
  return 'Contact history: none.';
}
