import './admin.css';
import { PhoneNumberSchema } from '@ringflow/shared';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { api } from '../api/client.js';
import { OlderPager, useOlderPages } from '../ui/older-pages.js';
import { ErrorBox, Loading, Page } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { callsQuery, formatDuration, formatWhen, outcomeBadge } from './call-format.js';
import { CALL_OUTCOMES, type CallsPageReply, type FlowsReply } from './types.js';

/** The call log, newest first, filtered by outcome and caller, with older pages on demand. */
export function CallsPage() {
  const [filters, setFilters] = useState({ outcome: '', from: '' });
  const [fromInput, setFromInput] = useState('');
  const [fromError, setFromError] = useState<string | null>(null);
  const first = useResource(`calls:${filters.outcome}:${filters.from}`, () =>
    api<CallsPageReply>('GET', callsQuery(filters)),
  );
  const flows = useResource('flows', () => api<FlowsReply>('GET', '/flows'));
  const older = useOlderPages(`${filters.outcome}:${filters.from}`, first.data, (before) =>
    api<CallsPageReply>('GET', callsQuery(filters, before)),
  );
  const calls = older.pages.flatMap((p) => p.calls);
  const flowName = (id: string | null) => flows.data?.flows.find((f) => f.id === id)?.name ?? null;

  const applyFrom = (event: FormEvent) => {
    event.preventDefault();
    const value = fromInput.trim();
    const valid = !value || PhoneNumberSchema.safeParse(value).success;
    setFromError(valid ? null : 'Use international format, e.g. +14155550123');
    if (valid) setFilters({ ...filters, from: value });
  };

  return (
    <Page title="Call log">
      <form className="card filters" onSubmit={applyFrom} aria-label="Filters">
        <label className="field">
          <span>Outcome</span>
          <select
            value={filters.outcome}
            onChange={(e) => setFilters({ ...filters, outcome: e.target.value })}
          >
            <option value="">All outcomes</option>
            {CALL_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label className={fromError ? 'field invalid' : 'field'}>
          <span>Caller number</span>
          <input
            value={fromInput}
            placeholder="+14155550123"
            onChange={(e) => setFromInput(e.target.value)}
          />
          {fromError && <small className="field-error">{fromError}</small>}
        </label>
        <button type="submit">Filter</button>
        {(filters.from || filters.outcome) && (
          <button
            type="button"
            className="ghost"
            onClick={() => {
              setFromInput('');
              setFilters({ outcome: '', from: '' });
            }}
          >
            Clear
          </button>
        )}
      </form>
      {first.error ? <ErrorBox error={first.error} retry={first.reload} /> : null}
      {first.loading && <Loading what="calls" />}
      {!first.loading && first.data && calls.length === 0 && (
        <div className="card empty">
          No calls {filters.outcome || filters.from ? 'match these filters' : 'yet'}.
        </div>
      )}
      {!first.loading && calls.length > 0 && (
        <table className="list calls">
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
                <td>
                  <Link href={`/calls/${c.id}`}>{formatWhen(c.startedAt)}</Link>
                </td>
                <td className="mono">{c.from}</td>
                <td className="mono">{c.to}</td>
                <td>{flowName(c.flowId) ?? <span className="muted">—</span>}</td>
                <td>
                  <span className={outcomeBadge(c.outcome)}>
                    {c.outcome ?? (c.status === 'active' ? 'in progress' : '—')}
                  </span>
                </td>
                <td>{formatDuration(c.durationSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OlderPager older={older} loading={first.loading} />
    </Page>
  );
}
