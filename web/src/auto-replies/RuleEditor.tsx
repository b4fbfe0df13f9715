import { AUTO_REPLY_TRIGGERS } from '@ringflow/shared';
import { useRef, useState } from 'react';
import { Field } from '../ui/Field.js';
import { FormFooter } from '../ui/FormFooter.js';
import { insertAtCursor, SmsText } from '../ui/SmsText.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { VariableChips } from '../ui/VariableChips.js';
import { checkRuleDraft, type RuleDraft, TEXT_KEYS, type TextKey } from './rule-form.js';
import { TRIGGER_NAMES } from './rule-summary.js';

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
  const form = useFormSubmit({
    check: () => checkRuleDraft(draft),
    send: () => onSave(draft),
    shows: (path) => SHOWN.has(path),
  });
  const { errors } = form;
  const [focused, setFocused] = useState<TextKey>('inHours');
  const areas = useRef<Partial<Record<TextKey, HTMLTextAreaElement | null>>>({});
  const set = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setText = (key: TextKey, text: string) =>
    setDraft((d) => ({ ...d, texts: { ...d.texts, [key]: text } }));

  const insert = (token: string) =>
    setText(focused, insertAtCursor(areas.current[focused], draft.texts[focused], token));

  const isText = draft.trigger === 'incoming-text';
  return (
    <form className="auto-reply-editor" onSubmit={form.submit} noValidate aria-label="Auto-reply">
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
        <SmsText
          key={key}
          label={TEXTS[key].label}
          emptyNote={TEXTS[key].emptyMeans}
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
      <FormFooter
        failure={form.failure}
        busy={form.busy}
        saveLabel="Save auto-reply"
        onCancel={onCancel}
      />
    </form>
  );
}
