import type { AutoReplyDecision } from '@ringflow/flow-runtime';
import { VARIANT_NAMES } from '@ringflow/shared';
import { decisionSentence, withoutSegments } from '../auto-replies/decision-format.js';

/**
 * One auto-reply the ending decided: sent (variant, text, segments, delay)
 * or skipped with the guard's sentence.
 */
export function SimDecision({
  decision: d,
  name,
  callEnd,
}: {
  decision: AutoReplyDecision;
  /** The step's title or the rule's name. */
  name: string;
  callEnd: Date;
}) {
  const source = d.candidate.source === 'rule' ? 'rule' : 'step';
  if (d.action === 'skip') {
    return (
      <div className="sim-reply skipped">
        <strong>
          Skipped: {source} {name}
        </strong>
        <p className="muted">{decisionSentence(d)}.</p>
      </div>
    );
  }
  const delay = d.sendAt ? Math.round((d.sendAt.getTime() - callEnd.getTime()) / 60_000) : 0;
  const segments = d.length ? d.length.segments : 0;
  const facts = [
    d.variant ? capitalised(VARIANT_NAMES[d.variant]) : null,
    `${segments} segment${segments === 1 ? '' : 's'}`,
    d.length?.encoding,
    delay > 0 ? `sent after ${delay} min` : 'sent at once',
  ].filter(Boolean);
  return (
    <div className="sim-reply">
      <strong>
        Text from {source} {name}
      </strong>
      <p className="sim-reply-text">{d.text}</p>
      <p className="muted">
        {facts.join(' · ')}. {withoutSegments(decisionSentence(d))}.
      </p>
    </div>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
