import './auto-replies.css';
import { DecisionItem } from './DecisionParts.js';
import type { Decision } from './types.js';

/** A call's auto-reply decisions on its detail page: sent or skipped, why, the text, its delivery. */
export function CallAutoReplies({ decisions }: { decisions: Decision[] }) {
  return (
    <section className="card call-auto-replies" aria-label="Auto-replies">
      <h2>Auto-replies</h2>
      {decisions.length === 0 ? (
        <p className="muted">No auto-reply was considered for this call.</p>
      ) : (
        <ul className="plain decision-list">
          {decisions.map((d) => (
            <DecisionItem key={d.id} decision={d} />
          ))}
        </ul>
      )}
    </section>
  );
}
