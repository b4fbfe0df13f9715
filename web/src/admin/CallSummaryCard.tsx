import type { CallDetail, Revision } from '../api/types.js';
import { formatWhen } from '../ui/dates.js';
import { formatDuration, outcomeBadge, outcomeText } from './call-format.js';

/** Who called whom, when, how it ended, which revision ran, and the auto-reply steps it reached. */
export function CallSummaryCard({
  call,
  revision,
  label,
}: {
  call: CallDetail;
  revision: Revision | null;
  label: (nodeId: string) => string;
}) {
  const autoReplies = call.result?.autoReplies ?? [];
  return (
    <section className="card call-summary" aria-label="Summary">
      <dl>
        <div>
          <dt>Outcome</dt>
          <dd>
            <span className={outcomeBadge(call.outcome)}>{outcomeText(call)}</span>
          </dd>
        </div>
        <div>
          <dt>From</dt>
          <dd className="mono">{call.from}</dd>
        </div>
        <div>
          <dt>To</dt>
          <dd className="mono">{call.to}</dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatWhen(call.startedAt)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(call.durationSeconds)}</dd>
        </div>
        <div>
          <dt>Flow</dt>
          <dd>
            {revision
              ? `${revision.document.name} · revision ${revision.number}`
              : (call.flowId ?? '—')}
          </dd>
        </div>
      </dl>
      <p className="auto-replies">
        <span className="muted">Auto-reply steps reached: </span>
        {autoReplies.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          autoReplies.map((id) => (
            <span key={id} className="badge ok">
              {label(id)}
            </span>
          ))
        )}
      </p>
      {call.result?.reason && <p className="muted small-text">Ended: {call.result.reason}</p>}
    </section>
  );
}
