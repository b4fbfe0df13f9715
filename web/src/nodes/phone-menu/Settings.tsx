import { MENU_KEYS } from '@ringflow/shared';
import { X } from 'lucide-react';
import { FieldGroup, NumberInput, TextArea } from '../fields.js';
import { PromptFields } from '../PromptFields.js';
import { type SettingsProps, text } from '../settings-props.js';
import { useRowKeys } from '../use-row-keys.js';

type Option = { digit: string; label: string };

/** The prompt, one row per key (key + what it is for), and what happens on silence. */
export function PhoneMenuSettings({ data, errors, onChange }: SettingsProps) {
  const options = (Array.isArray(data.options) ? data.options : []) as Option[];
  const rows = useRowKeys(options.length);
  const setOptions = (next: Option[]) => onChange({ options: next });
  const setOption = (i: number, patch: Partial<Option>) =>
    setOptions(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const used = new Set(options.map((o) => o.digit));
  const nextKey = MENU_KEYS.find((k) => !used.has(k));

  return (
    <>
      <PromptFields
        path="prompt"
        label="Prompt"
        value={data.prompt}
        errors={errors}
        onChange={(prompt) => onChange({ prompt })}
      />
      <FieldGroup label="Options" error={errors.options}>
        <ul className="row-list">
          {options.map((option, i) => (
            <li key={rows.keys[i]} className="row">
              <select
                aria-label={`Key of option ${i + 1}`}
                className="digit-select"
                value={option.digit}
                onChange={(e) => setOption(i, { digit: e.target.value })}
              >
                {MENU_KEYS.map((k) => (
                  <option key={k} value={k} disabled={k !== option.digit && used.has(k)}>
                    {k}
                  </option>
                ))}
              </select>
              <input
                className="row-main"
                aria-label={`Label of option ${i + 1}`}
                placeholder="Sales"
                value={text(option.label)}
                onChange={(e) => setOption(i, { label: e.target.value })}
              />
              <button
                type="button"
                className="ghost icon"
                aria-label={`Remove option ${option.digit}`}
                onClick={() => {
                  rows.remove(i);
                  setOptions(options.filter((_, j) => j !== i));
                }}
              >
                <X size={14} aria-hidden="true" />
              </button>
              {(errors[`options.${i}.digit`] || errors[`options.${i}.label`]) && (
                <span className="field-error row-error">
                  Option {i + 1} {errors[`options.${i}.digit`] ?? errors[`options.${i}.label`]}
                </span>
              )}
            </li>
          ))}
        </ul>
      </FieldGroup>
      <button
        type="button"
        disabled={!nextKey}
        onClick={() => nextKey && setOptions([...options, { digit: nextKey, label: '' }])}
      >
        Add an option
      </button>
      <div className="field-row spaced">
        <NumberInput
          label="Timeout"
          unit="s"
          value={data.timeoutSeconds}
          error={errors.timeoutSeconds}
          hint="1 to 30"
          onChange={(timeoutSeconds) => onChange({ timeoutSeconds })}
        />
        <NumberInput
          label="Attempts"
          value={data.attempts}
          error={errors.attempts}
          hint="1 to 5"
          onChange={(attempts) => onChange({ attempts })}
        />
      </div>
      <TextArea
        label="Retry text"
        value={data.retryText}
        error={errors.retryText}
        hint="Said before the prompt is repeated"
        onChange={(retryText) => onChange({ retryText })}
      />
    </>
  );
}
