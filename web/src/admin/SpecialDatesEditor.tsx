import { Plus, X } from 'lucide-react';
import { Field } from '../ui/Field.js';
import type { FieldErrors } from '../ui/field-errors.js';
import { IntervalsEditor } from './IntervalsEditor.js';
import { intervalRow, rowKey, type SpecialRow } from './schedule-form.js';

/** Special hours for one date (Christmas Eve 09:00–12:00), replacing that day's weekly hours. */
export function SpecialDatesEditor({
  special,
  errors,
  onChange,
}: {
  special: SpecialRow[];
  errors: FieldErrors;
  onChange: (special: SpecialRow[]) => void;
}) {
  const update = (key: number, patch: Partial<SpecialRow>) =>
    onChange(special.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  const add = () =>
    onChange([
      ...special,
      { key: rowKey(), date: '', name: '', intervals: [intervalRow('09:00', '12:00')] },
    ]);
  return (
    <section className="card editor-section" aria-label="Special dates">
      <header className="section-header">
        <h2>Special dates</h2>
        <button type="button" className="small" onClick={add}>
          <Plus size={14} aria-hidden="true" /> Add special date
        </button>
      </header>
      <p className="muted hint">
        Hours for one date that replace its weekly hours and any closure.
      </p>
      {special.map((s, i) => {
        const err = (field: string) => errors[`special.${i}.${field}`];
        return (
          <div key={s.key} className="special-row">
            <div className="date-row">
              <Field label="Date" error={err('date')}>
                <input
                  type="date"
                  value={s.date}
                  onChange={(e) => update(s.key, { date: e.target.value })}
                />
              </Field>
              <Field label="Name (optional)" error={err('name')} className="grow">
                <input
                  value={s.name}
                  placeholder="Christmas Eve"
                  onChange={(e) => update(s.key, { name: e.target.value })}
                />
              </Field>
              <button
                type="button"
                className="ghost icon"
                aria-label={`Remove special date ${s.name || i + 1}`}
                onClick={() => onChange(special.filter((x) => x.key !== s.key))}
              >
                <X size={14} aria-hidden="true" />
              </button>
            </div>
            <IntervalsEditor
              day={s.name || s.date || `Special date ${i + 1}`}
              intervals={s.intervals}
              path={`special.${i}.intervals`}
              errors={errors}
              onChange={(intervals) => update(s.key, { intervals })}
            />
          </div>
        );
      })}
    </section>
  );
}
