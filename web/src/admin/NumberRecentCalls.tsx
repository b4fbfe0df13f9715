import { Link } from 'wouter';
import { api } from '../api/client.js';
import { formatWhen } from '../ui/dates.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { callsQuery } from './call-filters.js';
import { formatDuration, outcomeBadge, outcomeText } from './call-format.js';
import type { CallsPageReply } from './types.js';

const RECENT = 10;

/** A number's latest calls, each opening the call's page, and a link to all of them in the log. */
export function NumberRecentCalls({ numberId }: { numberId: string }) {
  const calls = useResource(`calls:number:${numberId}`, () =>
    api<CallsPageReply>('GET', callsQuery({ numberId }, undefined, RECENT)),
  );
  const all = `/calls?${new URLSearchParams({ numberId })}`;
  const list = calls.data?.calls ?? [];
  return (
    <section className="card number-section" aria-labelledby="recent-calls-title">
      <header className="section-header">
        <h2 id="recent-calls-title">Recent calls</h2>
        <Link href={all}>All calls to this number</Link>
      </header>
      {calls.error ? <ErrorBox error={calls.error} retry={calls.reload} /> : null}
      {calls.loading && <Loading what="calls" />}
      {!calls.loading && calls.data && list.length === 0 && (
        <p className="muted">No calls to this number yet.</p>
      )}
      {list.length > 0 && (
        <table className="list stack recent-calls">
          <thead>
            <tr>
              <th>Time</th>
              <th>From</th>
              <th>Outcome</th>
              <th>Duration</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id}>
                <td data-label="Time">
                  <Link href={`/calls/${c.id}`}>{formatWhen(c.startedAt)}</Link>
                </td>
                <td className="mono" data-label="From">
                  {c.from}
                </td>
                <td data-label="Outcome">
                  <span className={outcomeBadge(c.outcome)}>{outcomeText(c)}</span>
                </td>
                <td data-label="Duration">{formatDuration(c.durationSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
