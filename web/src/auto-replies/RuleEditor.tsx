import { AUTO_REPLY_TRIGGERS } from '@ringflow/shared';
import { type FormEvent, useRef, useState } from 'react';
import { Field } from '../admin/Field.js';
import { FormFooter } from '../admin/FormFooter.js';
import type { FieldErrors } from '../admin/field-errors.js';
import { checkRuleDraft, type RuleDraft, TEXT_KEYS, type TextKey } from './rule-form.js';
import { TRIGGER_NAMES } from './rule-summary.js';
import { TextField } from './TextField.js';
import { VariableChips } from './VariableChips.js';

const TEXTS: Readonly<Record<TextKey, { label: string; emptyMeans: string }>> = {
  inHours: { label: 'In-hours text', emptyMeans: 'Empty: nothing is sent during hours' },
  afterHours: { label: 'After-hours text', emptyMeans: 'Empty: nothing is sent after hours' },
  weekend: {
    label: 'Weekend text',
    emptyMeans: 'Empty: the after-hours text on Saturdays and Sundays',
  },
  holiday: {
    label: 'Holiday text',
    emptyMeans: "Empty: the after-hours text on the schedule's closure days",
  },
};

const SHOWN: ReadonlySet<string> = new Set([
  'name',
  'trigger',
  'delayMinutes',
  ...TEXT_KEYS.map((key) => `texts.${key}`),
]);

/** Thrown by `onSave` to show the server's field errors (keyed inside the rule) in the form. */
export class RuleSaveError extends Error {
  constructor(
    message: string,
    readonly fields: FieldErrors,
  ) {
    super(message);
  }
}

/**
 * The auto-reply editor: name, trigger, the four texts with their counters
 * and variables, first-message-only and the delay.
 */
export function RuleEditor({
  initial,
  values,
  hasSchedule,
  onSave,
  onCancel,
}: {
  initial: RuleDraft;
  /** Sample values the counters fill variables with. */
  values: Readonly<Record<string, string>>;
  hasSchedule: boolean;
  onSave(draft: RuleDraft): Promise<void>;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useState<TextKey>('inHours');
  const areas = useRef<Partial<Record<TextKey, HTMLTextAreaElement | null>>>({});
  const set = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setText = (key: TextKey, text: string) =>
    setDraft((d) => ({ ...d, texts: { ...d.texts, [key]: text } }));

  const insert = (token: string) => {
    const el = areas.current[focused];
    const current = draft.texts[focused];
    const at = el?.selectionStart ?? current.length;
    const end = el?.selectionEnd ?? at;
    setText(focused, current.slice(0, at) + token + current.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkRuleDraft(draft);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSave(draft);
    } catch (e) {
      const fields = e instanceof RuleSaveError ? e.fields : {};
      setErrors(fields);
      // A message the form has no place for is shown at its foot.
      const shown = Object.keys(fields).filter((path) => SHOWN.has(path));
      if (shown.length < Object.keys(fields).length || shown.length === 0)
        setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const isText = draft.trigger === 'incoming-text';
  return (
    <form className="auto-reply-editor" onSubmit={submit} noValidate aria-label="Auto-reply">
      <div className="editor-pair">
        <Field label="Name" error={errors.name} hint="Only your team sees it">
          <input value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </Field>
        <Field label="Trigger" error={errors.trigger}>
          <select
            value={draft.trigger}
            onChange={(e) => set({ trigger: e.target.value as RuleDraft['trigger'] })}
          >
            {AUTO_REPLY_TRIGGERS.map((t) => (
              <option key={t} value={t}>
                {TRIGGER_NAMES[t]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {!hasSchedule && (
        <p className="note small-text">
          This number has no schedule, so only the in-hours text is ever sent. Pick a schedule on
          the Numbers page to use the others.
        </p>
      )}
      {TEXT_KEYS.map((key) => (
        <TextField
          key={key}
          label={TEXTS[key].label}
          emptyMeans={TEXTS[key].emptyMeans}
          value={draft.texts[key]}
          values={values}
          error={errors[`texts.${key}`]}
          onChange={(text) => setText(key, text)}
          onFocus={() => setFocused(key)}
          area={(el) => {
            areas.current[key] = el;
          }}
        />
      ))}
      <VariableChips target={TEXTS[focused].label.toLowerCase()} onInsert={insert} />
      {isText && (
        <label className="check">
          <input
            type="checkbox"
            checked={draft.firstMessageOnly}
            onChange={(e) => set({ firstMessageOnly: e.target.checked })}
          />
          Only the first message from a contact
        </label>
      )}
      <Field
        label="Wait before sending (minutes)"
        error={errors.delayMinutes}
        hint="0 sends at once. A delayed text is cancelled if someone from the team replies first."
        className="delay-field"
      >
        <input
          type="number"
          min={0}
          max={1440}
          value={draft.delayMinutes}
          onChange={(e) => set({ delayMinutes: e.target.value })}
        />
      </Field>
      <FormFooter failure={failure} busy={busy} saveLabel="Save auto-reply" onCancel={onCancel} />
    </form>
  );
}
