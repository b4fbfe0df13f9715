import { VARIANT_NAMES } from '@ringflow/shared';
import { useSetup } from '../ui/setup.js';
import { decisionBadge, decisionSentence, deliveryStatus } from './decision-format.js';
import type { Decision } from './types.js';

/** "Sent", "Will send" or "Skipped", who decided it, and the sentence that says why. */
export function DecisionResult({ decision }: { decision: Decision }) {
  const { label, badge } = decisionBadge(decision);
  return (
    <div className="decision-result">
      <span className={`badge ${badge}`.trim()}>{label}</span>{' '}
      <span className="muted small-text">
        {decision.source === 'flow' ? 'Flow step' : 'Rule'} “{decision.sourceName}”
        {decision.variant && ` · ${VARIANT_NAMES[decision.variant]}`}
      </span>
      <p className="decision-sentence">{decisionSentence(decision)}</p>
    </div>
  );
}

/** What became of the text: scheduled at, sent, failed with Twilio's error, cancelled. */
export function DeliveryCell({ decision }: { decision: Decision }) {
  // Unknown set-up (loading, or unreadable, which the banner above the page says) reads as ready.
  const twilioReady = useSetup().data?.twilio.ready ?? true;
  const status = deliveryStatus(decision.delivery, decision.sendAt, undefined, twilioReady);
  if (!status) return <span className="muted">—</span>;
  return (
    <div className="delivery">
      <span className={`badge ${status.badge}`.trim()}>{status.label}</span>
      {status.detail && <p className="small-text delivery-detail">{status.detail}</p>}
    </div>
  );
}

/** A decision in a list (call detail, message log): result, text, delivery. */
export function DecisionItem({ decision }: { decision: Decision }) {
  return (
    <li className="decision-item">
      <DecisionResult decision={decision} />
      {decision.text && <p className="sms-bubble">{decision.text}</p>}
      {decision.delivery && <DeliveryCell decision={decision} />}
    </li>
  );
}
