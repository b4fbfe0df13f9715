import { Plus, X } from 'lucide-react';
import { Field } from '../ui/Field.js';
import type { FieldErrors } from '../ui/field-errors.js';
import { type ClosureRow, rowKey } from './schedule-form.js';

/** Holidays and other closed days: a date, an optional last day, and a name. */
export function ClosuresEditor({
  closures,
  errors,
  onChange,
}: {
  closures: ClosureRow[];
  errors: FieldErrors;
  onChange: (closures: ClosureRow[]) => void;
}) {
  const update = (key: number, patch: Partial<ClosureRow>) =>
    onChange(closures.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  return (
    <section className="card editor-section" aria-label="Closures and holidays">
      <header className="section-header">
        <h2>Closures and holidays</h2>
        <button
          type="button"
          className="small"
          onClick={() => onChange([...closures, { key: rowKey(), date: '', until: '', name: '' }])}
        >
          <Plus size={14} aria-hidden="true" /> Add closure
        </button>
      </header>
      {closures.length === 0 && <p className="muted">No closures. Add public holidays here.</p>}
      {closures.map((c, i) => {
        const err = (field: string) => errors[`closures.${i}.${field}`];
        return (
          <div key={c.key} className="date-row">
            <Field label="Date" error={err('date')}>
              <input
                type="date"
                value={c.date}
                onChange={(e) => update(c.key, { date: e.target.value })}
              />
            </Field>
            <Field label="Until (optional)" error={err('until')}>
              <input
                type="date"
                value={c.until}
                onChange={(e) => update(c.key, { until: e.target.value })}
              />
            </Field>
            <Field label="Name" error={err('name')} className="grow">
              <input
                value={c.name}
                placeholder="Christmas Day"
                onChange={(e) => update(c.key, { name: e.target.value })}
              />
            </Field>
            <button
              type="button"
              className="ghost icon"
              aria-label={`Remove closure ${c.name || i + 1}`}
              onClick={() => onChange(closures.filter((x) => x.key !== c.key))}
            >
              <X size={14} aria-hidden="true" />
            </button>
          </div>
        );
      })}
    </section>
  );
}
