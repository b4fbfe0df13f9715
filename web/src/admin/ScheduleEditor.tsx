import { describeOpenNow } from '@ringflow/shared';
import { useEffect, useMemo, useState } from 'react';
import { Field } from '../ui/Field.js';
import type { FieldErrors } from '../ui/field-errors.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { ClosuresEditor } from './ClosuresEditor.js';
import { SpecialDatesEditor } from './SpecialDatesEditor.js';
import { checkScheduleForm, visibleErrors } from './schedule-check.js';
import type { ScheduleBody, ScheduleForm } from './schedule-form.js';
import { TimeZonePicker } from './TimeZonePicker.js';
import { WeekEditor } from './WeekEditor.js';

/** Re-renders every half minute, so the preview line follows the clock. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Creates or edits a schedule. The form is checked with shared's schema as
 * it is typed, and the preview line is computed in the browser from it, so
 * the admin sees "Open now · closes at 17:00" change before saving.
 */
export function ScheduleEditor({
  initial,
  title,
  onSave,
  onCancel,
}: {
  initial: ScheduleForm;
  title: string;
  onSave: (body: ScheduleBody) => Promise<void>;
  onCancel: () => void;
}) {
  const [form, setForm] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const now = useNow();
  const check = useMemo(() => checkScheduleForm(form), [form]);
  const save = useFormSubmit({
    check: () => {
      setAttempted(true);
      return check.ok ? {} : check.errors;
    },
    send: () => (check.ok ? onSave(check.body) : Promise.resolve()),
  });
  const local = check.ok ? {} : visibleErrors(form, check.errors, attempted);
  const errors: FieldErrors = { ...save.errors, ...local };
  const failure = save.failure;

  const change = (next: ScheduleForm) => {
    setForm(next);
    // The server's word was about the old values.
    save.setErrors(() => ({}));
  };

  const preview = check.ok ? describeOpenNow(check.schedule, now) : null;
  const errorCount = Object.keys(errors).length;
  return (
    <form className="schedule-editor" onSubmit={save.submit} noValidate aria-label={title}>
      <div className="card editor-section editor-top">
        <Field label="Name" error={errors.name}>
          <input
            value={form.name}
            placeholder="Office hours"
            onChange={(e) => change({ ...form, name: e.target.value })}
          />
        </Field>
        <TimeZonePicker
          value={form.timeZone}
          error={errors.timeZone}
          onChange={(timeZone) => change({ ...form, timeZone })}
        />
        <p className="preview" aria-live="polite">
          <span className="muted">Preview: </span>
          {preview ? (
            <strong data-testid="schedule-preview">{preview}</strong>
          ) : (
            <span className="muted">
              fix the highlighted fields to see when this schedule is open
            </span>
          )}
        </p>
      </div>
      <WeekEditor form={form} errors={errors} onChange={change} />
      <ClosuresEditor
        closures={form.closures}
        errors={errors}
        onChange={(closures) => change({ ...form, closures })}
      />
      <SpecialDatesEditor
        special={form.special}
        errors={errors}
        onChange={(special) => change({ ...form, special })}
      />
      <footer className="editor-footer">
        {failure && (
          <span className="error" role="alert">
            {failure}
          </span>
        )}
        {attempted && errorCount > 0 && !failure && (
          <span className="error" role="alert">
            {errorCount === 1 ? '1 field needs' : `${errorCount} fields need`} fixing before saving
          </span>
        )}
        <span className="spacer" />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save schedule'}
        </button>
      </footer>
    </form>
  );
}
