import { CALL_OUTCOMES, PhoneNumberSchema } from '@ringflow/shared';
import { useState } from 'react';
import type { PhoneNumber } from '../api/types.js';
import { Field } from '../ui/Field.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { type CallFilters, checkFilters, hasFilters, NO_FILTERS } from './call-filters.js';
import { OUTCOME_LABELS } from './call-format.js';

/**
 * The call log's filters. The selects apply at once; the caller's number and
 * the days apply with **Filter**, once they are whole. A single day is the
 * same date in both boxes. Keyed by the URL's filters, so a link, Back or
 * Clear shows what the URL now says.
 */
export function CallFiltersForm({
  filters,
  numbers,
  onApply,
}: {
  filters: CallFilters;
  numbers: PhoneNumber[];
  onApply: (filters: CallFilters) => void;
}) {
  const [typed, setTyped] = useState(filters);
  const next = (): CallFilters => ({ ...typed, from: typed.from.trim() });
  // Nothing is sent from here: applying the filters changes the URL, which loads the calls.
  const form = useFormSubmit({
    check: () => {
      const found: Record<string, string> = { ...checkFilters(next()) };
      if (next().from && !PhoneNumberSchema.safeParse(next().from).success)
        found.from = 'Use international format, e.g. +14155550123';
      return found;
    },
    send: async () => onApply(next()),
  });
  const { errors } = form;
  const choose = (patch: Partial<CallFilters>) => onApply({ ...filters, ...patch });

  return (
    <form
      className="card filters"
      onSubmit={(e) => void form.submit(e)}
      noValidate
      aria-label="Filters"
    >
      <Field label="Number" className="number-filter">
        <select value={filters.numberId} onChange={(e) => choose({ numberId: e.target.value })}>
          <option value="">All numbers</option>
          {/* A number in the URL that is not listed (yet) stays choosable. */}
          {filters.numberId && !numbers.some((n) => n.id === filters.numberId) && (
            <option value={filters.numberId}>{filters.numberId}</option>
          )}
          {numbers.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name} · {n.number}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Outcome">
        <select value={filters.outcome} onChange={(e) => choose({ outcome: e.target.value })}>
          <option value="">All outcomes</option>
          {CALL_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Caller number" error={errors.from}>
        <input
          value={typed.from}
          placeholder="+14155550123"
          inputMode="tel"
          onChange={(e) => setTyped({ ...typed, from: e.target.value })}
        />
      </Field>
      <Field label="From day" error={errors.fromDate}>
        <input
          type="date"
          value={typed.fromDate}
          onChange={(e) => setTyped({ ...typed, fromDate: e.target.value })}
        />
      </Field>
      <Field label="To day" error={errors.toDate}>
        <input
          type="date"
          value={typed.toDate}
          min={typed.fromDate || undefined}
          onChange={(e) => setTyped({ ...typed, toDate: e.target.value })}
        />
      </Field>
      <div className="filter-buttons">
        <button type="submit">Filter</button>
        {hasFilters(filters) && (
          <button type="button" className="ghost" onClick={() => onApply(NO_FILTERS)}>
            Clear
          </button>
        )}
      </div>
    </form>
  );
}
