import './admin.css';
import './narrow-lists.css';
import { Link, useLocation, useSearch } from 'wouter';
import { api } from '../api/client.js';
import { exactTime, formatWhen } from '../ui/dates.js';
import { LoadFailure } from '../ui/LoadFailure.js';
import { OlderPager, useOlderPages } from '../ui/older-pages.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { CallFiltersForm } from './CallFiltersForm.js';
import {
  type CallFilters,
  callsQuery,
  filtersFromSearch,
  filtersToSearch,
  hasFilters,
} from './call-filters.js';
import { formatDuration, outcomeBadge, outcomeText } from './call-format.js';
import type { CallsPageReply, FlowsReply, NumbersReply } from './types.js';

/**
 * The call log, newest first, filtered by number, outcome, caller and days,
 * with older pages on demand. The filters are the URL's query, so a filtered
 * log can be linked and the back button undoes a filter.
 */
export function CallsPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = filtersFromSearch(search);
  const key = String(filtersToSearch(filters));
  const first = useResource(`calls:${key}`, () => api<CallsPageReply>('GET', callsQuery(filters)));
  const flows = useResource('flows', () => api<FlowsReply>('GET', '/flows'));
  const numbers = useResource('numbers', () => api<NumbersReply>('GET', '/numbers'));
  const older = useOlderPages(first, (before) =>
    api<CallsPageReply>('GET', callsQuery(filters, before)),
  );
  const calls = older.pages.flatMap((p) => p.calls);
  const flowName = (id: string | null) => flows.data?.flows.find((f) => f.id === id)?.name ?? null;
  const apply = (next: CallFilters) => {
    const query = String(filtersToSearch(next));
    navigate(query ? `/calls?${query}` : '/calls');
  };

  return (
    <Page title="Call log">
      <CallFiltersForm
        key={key}
        filters={filters}
        numbers={numbers.data?.numbers ?? []}
        onApply={apply}
      />
      <LoadFailure what="the numbers to filter by" resource={numbers} />
      <LoadFailure what="the flows' names" resource={flows} />
      {first.error ? <ErrorBox error={first.error} retry={first.reload} /> : null}
      {first.loading && <Loading what="calls" />}
      {!first.loading && first.data && calls.length === 0 && (
        <div className="card empty">
          No calls {hasFilters(filters) ? 'match these filters' : 'yet'}.
        </div>
      )}
      {!first.loading && calls.length > 0 && (
        <table className="list stack calls">
          <thead>
            <tr>
              <th>Time</th>
              <th>From</th>
              <th>To</th>
              <th>Flow</th>
              <th>Outcome</th>
              <th>Duration</th>
            </tr>
          </thead>
          <tbody>
            {calls.map((c) => (
              <tr key={c.id}>
                <td data-label="Time">
                  <Link href={`/calls/${c.id}`}>
                    <time dateTime={c.startedAt} title={exactTime(c.startedAt)}>
                      {formatWhen(c.startedAt)}
                    </time>
                  </Link>
                </td>
                <td className="mono" data-label="From">
                  {c.from}
                </td>
                <td className="mono" data-label="To">
                  {c.to}
                </td>
                <td data-label="Flow">{flowName(c.flowId) ?? <span className="muted">—</span>}</td>
                <td data-label="Outcome">
                  <span className={outcomeBadge(c.outcome)}>{outcomeText(c)}</span>
                </td>
                <td data-label="Duration">{formatDuration(c.durationSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OlderPager older={older} loading={first.loading} />
    </Page>
  );
}
