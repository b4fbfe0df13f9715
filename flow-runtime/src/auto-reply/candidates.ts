/**
 * @module
 * Where auto-reply candidates come from: a number's rules for the event's
 * trigger, and the auto-reply nodes a finished call reached.
 */
import type {
  AutoReplyData,
  AutoReplyRule,
  AutoReplyTexts,
  FlowDocument,
  FlowNodeOf,
} from '@ringflow/shared';
import type { CallResult } from '../compile/types.js';
import { triggerOfOutcome } from './decide.js';
import type { AutoReplyCandidate, AutoReplyTriggerKind } from './decision.js';

/**
 * An auto-reply node's texts in the shape rules use: an empty weekend or
 * holiday text means "use the after-hours text", which is null there.
 *
 * @example
 * nodeTexts({ inHoursText: 'Hi', afterHoursText: 'Closed', weekendText: '', holidayText: '', ... });
 * // { inHours: 'Hi', afterHours: 'Closed', weekend: null, holiday: null }
 */
export function nodeTexts(data: AutoReplyData): AutoReplyTexts {
  // Revisions published before weekend and holiday texts existed lack them: undefined is unset.
  const orNull = (text: string | undefined) => (text?.trim() ? text : null);
  return {
    inHours: data.inHoursText,
    afterHours: data.afterHoursText,
    weekend: orNull(data.weekendText),
    holiday: orNull(data.holidayText),
  };
}

/**
 * The candidates of the auto-reply nodes a call fired, in the order given
 * (the machine's `autoReplies`); ids that are not auto-reply nodes are left out.
 *
 * @example
 * flowCandidates(flow, result.autoReplies); // [{ source: 'flow', nodeId: 'reply', label: 'Auto-reply', ... }]
 */
export function flowCandidates(
  flow: FlowDocument,
  nodeIds: readonly string[],
): AutoReplyCandidate[] {
  return nodeIds.flatMap((id): AutoReplyCandidate[] => {
    const node = flow.nodes.find(
      (n): n is FlowNodeOf<'auto-reply'> => n.id === id && n.type === 'auto-reply',
    );
    if (!node) return [];
    return [
      {
        source: 'flow',
        nodeId: node.id,
        label: node.data.label || 'Auto-reply',
        texts: nodeTexts(node.data),
        scheduleId: node.data.scheduleId,
      },
    ];
  });
}

/**
 * A number's rules that answer `trigger`, switched-off ones included so the
 * decision log can say they were skipped.
 *
 * @example
 * ruleCandidates(settings.rules, 'incoming-text'); // [{ source: 'rule', rule: afterHoursRule }]
 */
export function ruleCandidates(
  rules: readonly AutoReplyRule[],
  trigger: AutoReplyTriggerKind,
): AutoReplyCandidate[] {
  return rules.filter((rule) => rule.trigger === trigger).map((rule) => ({ source: 'rule', rule }));
}

/**
 * What may text the caller when a call ends: the auto-reply nodes its flow
 * reached, or, when it reached none, the number's rules for a missed call or
 * a voicemail. An answered call's end fires only the flow's own nodes, and a
 * blocked call's fires nothing (it never reaches an auto-reply node).
 *
 * @example
 * callCandidates(flow, { outcome: 'missed', autoReplies: [] }, settings.rules);
 * // [{ source: 'rule', rule: missedCallRule }]
 */
export function callCandidates(
  flow: FlowDocument,
  result: Pick<CallResult, 'outcome' | 'autoReplies'>,
  rules: readonly AutoReplyRule[],
): AutoReplyCandidate[] {
  const fromFlow = flowCandidates(flow, result.autoReplies);
  const trigger = triggerOfOutcome(result.outcome);
  if (fromFlow.length > 0 || trigger === null || trigger === 'call-ended') return fromFlow;
  return ruleCandidates(rules, trigger);
}
