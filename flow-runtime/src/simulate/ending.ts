import type { AutoReplyDecision } from '../auto-reply/decision.js';
import type { CallResult } from '../compile/types.js';

const RULE_TRIGGER: Partial<Record<CallResult['outcome'], string>> = {
  missed: 'missed-call',
  voicemail: 'voicemail',
};

function whose(d: AutoReplyDecision): string {
  return d.candidate.source === 'flow'
    ? `step "${d.candidate.name}"`
    : `the number's rule "${d.candidate.name}"`;
}

function delayOf(d: AutoReplyDecision, end: Date | undefined): string {
  if (!d.sendAt || !end) return '';
  const minutes = Math.round((d.sendAt.getTime() - end.getTime()) / 60_000);
  return minutes > 0 ? ` after ${minutes} min` : '';
}

/**
 * The end of a call in words, saying what its auto-replies really do: the
 * decisions of the flow's auto-reply steps or, when the call reached none,
 * of the number's own rule (see `callCandidates` and `decideAutoReplies`).
 * `end` is when the call ended, for a delayed text.
 *
 * @example
 * describeResult(result, [sentByRule]); // 'missed; text sent by the number's rule "Missed call"'
 * describeResult(result, []);           // 'missed; no auto-reply: no auto-reply step and no missed-call rule'
 */
export function describeResult(
  result: CallResult,
  decisions: readonly AutoReplyDecision[],
  end?: Date,
): string {
  const head = `${result.outcome}${result.reason ? ` (${result.reason})` : ''}`;
  if (decisions.length === 0) {
    const trigger = RULE_TRIGGER[result.outcome];
    const why = trigger
      ? `: no auto-reply step and no ${trigger} rule`
      : result.outcome === 'answered'
        ? ''
        : result.outcome === 'blocked'
          ? ': a blocked caller gets none'
          : ': no auto-reply step';
    return `${head}; no auto-reply${why}`;
  }
  const parts = decisions.map((d) =>
    d.action === 'send'
      ? `text sent${delayOf(d, end)} by ${whose(d)}`
      : `no text from ${whose(d)} (${d.reason})`,
  );
  return `${head}; ${parts.join('; ')}`;
}
