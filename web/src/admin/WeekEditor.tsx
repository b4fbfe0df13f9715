import { WEEKDAYS } from '@ringflow/shared';
import { Copy } from 'lucide-react';
import type { FieldErrors } from '../ui/field-errors.js';
import { IntervalsEditor } from './IntervalsEditor.js';
import { copyMondayToWeekdays, DAY_LABELS, type ScheduleForm } from './schedule-form.js';

/** The weekly hours: one line per day with its intervals, and Monday copied to the weekdays. */
export function WeekEditor({
  form,
  errors,
  onChange,
}: {
  form: ScheduleForm;
  errors: FieldErrors;
  onChange: (form: ScheduleForm) => void;
}) {
  return (
    <section className="card editor-section" aria-label="Weekly hours">
      <header className="section-header">
        <h2>Weekly hours</h2>
        <button
          type="button"
          className="small"
          onClick={() => onChange(copyMondayToWeekdays(form))}
        >
          <Copy size={14} aria-hidden="true" /> Copy Monday to weekdays
        </button>
      </header>
      <p className="muted hint">
        Add several intervals for split shifts. A range that ends before it starts (22:00–06:00)
        runs overnight into the next day.
      </p>
      {WEEKDAYS.map((day) => (
        <div key={day} className="week-row">
          <span className="day">{DAY_LABELS[day]}</span>
          <IntervalsEditor
            day={DAY_LABELS[day]}
            intervals={form.weekly[day]}
            path={`weekly.${day}`}
            errors={errors}
            onChange={(intervals) =>
              onChange({ ...form, weekly: { ...form.weekly, [day]: intervals } })
            }
          />
        </div>
      ))}
    </section>
  );
}
