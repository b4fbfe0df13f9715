import { Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { PhoneNumber } from '../api/types.js';
import { useDebounced } from '../ui/use-debounced.js';
import { type InboxFilters as Filters, INBOX_VIEWS } from './inbox-query.js';

/** The inbox's view (All, New, Handled, Assigned to me), number and search; the search waits for a pause in typing. */
export function InboxFilters({
  filters,
  numbers,
  onChange,
}: {
  filters: Filters;
  numbers: PhoneNumber[];
  onChange(filters: Filters): void;
}) {
  const [q, setQ] = useState(filters.q);
  const settled = useDebounced(q, 300);
  // Only the typed search is pushed from here; the other filters change at once.
  useEffect(() => {
    if (settled !== filters.q) onChange({ ...filters, q: settled });
  }, [settled, filters, onChange]);

  return (
    <search className="card inbox-filters" aria-label="Filters">
      <fieldset className="segmented">
        <legend className="sr-only">Show</legend>
        {INBOX_VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-pressed={filters.view === v.id}
            className={filters.view === v.id ? 'on' : ''}
            onClick={() => onChange({ ...filters, view: v.id })}
          >
            {v.label}
          </button>
        ))}
      </fieldset>
      <div className="inbox-filter-row">
        <select
          aria-label="Number"
          value={filters.numberId}
          onChange={(e) => onChange({ ...filters, numberId: e.target.value })}
        >
          <option value="">All numbers</option>
          {numbers.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name} ({n.number})
            </option>
          ))}
        </select>
        <span className="search-box">
          <Search size={14} aria-hidden="true" />
          <input
            type="search"
            aria-label="Search voicemails"
            placeholder="Search transcripts and callers"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </span>
      </div>
    </search>
  );
}
