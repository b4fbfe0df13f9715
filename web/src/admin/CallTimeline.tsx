import { formatClock } from '../ui/dates.js';
import { describeTraceEntry, type TraceRow } from './trace-entry.js';

/** The call's trace, oldest first: webhooks, events, notes and the instructions sent. */
export function CallTimeline({
  events,
  label,
}: {
  events: TraceRow[];
  label: (nodeId: string) => string;
}) {
  if (events.length === 0) return <p className="muted">No trace was recorded for this call.</p>;
  return (
    <ol className="timeline" aria-label="Trace">
      {events.map((row) => {
        const entry = describeTraceEntry(row, label);
        return (
          <li key={row.id} className={`timeline-entry ${row.kind}`}>
            <time dateTime={row.at}>{formatClock(row.at)}</time>
            <span className="timeline-step">step {row.step}</span>
            <div className="timeline-body">
              <strong>{entry.title}</strong>
              {entry.detail && <span className="timeline-detail">{entry.detail}</span>}
              {entry.raw && (
                <details>
                  <summary>TwiML sent</summary>
                  <pre>{entry.raw}</pre>
                </details>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
