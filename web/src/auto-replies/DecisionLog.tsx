import { RefreshCw } from 'lucide-react';
import { Link } from 'wouter';
import { api } from '../api/client.js';
import { formatWhen } from '../ui/dates.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { DecisionResult, DeliveryCell } from './DecisionParts.js';
import { TRIGGER_NAMES } from './rule-summary.js';
import type { DecisionsReply } from './types.js';

/** The number's last 50 auto-reply decisions, newest first: what was sent, what was skipped and why. */
export function DecisionLog({ numberId }: { numberId: string }) {
  const path = `/numbers/${encodeURIComponent(numberId)}/auto-reply-decisions?limit=50`;
  const log = useResource(`auto-reply-decisions:${numberId}`, () =>
    api<DecisionsReply>('GET', path),
  );
  const decisions = log.data?.decisions ?? [];
  return (
    <section className="card decision-log" aria-labelledby="decisions-title">
      <header className="section-header">
        <h2 id="decisions-title">Recent decisions</h2>
        <button type="button" onClick={log.reload} disabled={log.loading}>
          <RefreshCw size={14} aria-hidden="true" /> Refresh
        </button>
      </header>
      <p className="muted small-text section-intro">
        Every time an auto-reply could have gone out: sent, or skipped with the reason.
      </p>
      {log.error ? <ErrorBox error={log.error} retry={log.reload} /> : null}
      {!log.data && !log.error && <Loading what="decisions" />}
      {log.data && decisions.length === 0 && (
        <p className="empty">
          No decisions yet. They appear after a missed call, a voicemail or a text.
        </p>
      )}
      {decisions.length > 0 && (
        <table className="list decisions">
          <thead>
            <tr>
              <th>Time</th>
              <th>Contact</th>
              <th>Trigger</th>
              <th>Decision</th>
              <th>Text</th>
              <th>Delivery</th>
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => (
              <tr key={d.id}>
                <td className="nowrap">{formatWhen(d.at)}</td>
                <td className="mono">{d.contact}</td>
                <td>
                  {d.callId ? (
                    <Link href={`/calls/${encodeURIComponent(d.callId)}`}>
                      {TRIGGER_NAMES[d.trigger]}
                    </Link>
                  ) : (
                    TRIGGER_NAMES[d.trigger]
                  )}
                </td>
                <td>
                  <DecisionResult decision={d} />
                </td>
                <td className="decision-text">{d.text ?? <span className="muted">—</span>}</td>
                <td>
                  <DeliveryCell decision={d} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
