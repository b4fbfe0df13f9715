import { Moon, Plus, X } from 'lucide-react';
import type { FieldErrors } from '../ui/field-errors.js';
import { type IntervalRow, isOvernight, nextInterval } from './schedule-form.js';

/**
 * The openings of one day: several "09:00–12:00" rows (split shifts), each
 * removable, overnight ones labelled. Errors are looked up by `path.i.from`.
 */
export function IntervalsEditor({
  day,
  intervals,
  path,
  errors,
  onChange,
}: {
  /** Names the inputs for screen readers and tests: "Monday from 1". */
  day: string;
  intervals: IntervalRow[];
  path: string;
  errors: FieldErrors;
  onChange: (intervals: IntervalRow[]) => void;
}) {
  const update = (key: number, patch: Partial<IntervalRow>) =>
    onChange(intervals.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <div className="intervals">
      {intervals.length === 0 && <span className="muted closed-label">Closed</span>}
      {intervals.map((row, i) => {
        const error =
          errors[`${path}.${i}.from`] ?? errors[`${path}.${i}.to`] ?? errors[`${path}.${i}`];
        return (
          <div key={row.key} className={error ? 'interval invalid' : 'interval'}>
            <input
              className="time"
              aria-label={`${day} from ${i + 1}`}
              placeholder="09:00"
              value={row.from}
              onChange={(e) => update(row.key, { from: e.target.value })}
            />
            <span aria-hidden="true">–</span>
            <input
              className="time"
              aria-label={`${day} to ${i + 1}`}
              placeholder="17:00"
              value={row.to}
              onChange={(e) => update(row.key, { to: e.target.value })}
            />
            {isOvernight(row) && (
              <span className="badge overnight" title="Runs past midnight into the next day">
                <Moon size={11} aria-hidden="true" /> overnight
              </span>
            )}
            <button
              type="button"
              className="ghost icon"
              aria-label={`Remove ${day} ${row.from}–${row.to}`}
              onClick={() => onChange(intervals.filter((r) => r.key !== row.key))}
            >
              <X size={14} aria-hidden="true" />
            </button>
            {error && <small className="field-error">{error}</small>}
          </div>
        );
      })}
      <button
        type="button"
        className="ghost small add-hours"
        aria-label={`Add hours on ${day}`}
        disabled={intervals.length >= 12}
        onClick={() => onChange([...intervals, nextInterval(intervals)])}
      >
        <Plus size={14} aria-hidden="true" /> Add hours
      </button>
    </div>
  );
}
