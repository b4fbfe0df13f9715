import { NumberInput, TextArea } from '../fields.js';
import { type KeyRow, KeyRows, type KeyRowsWords } from '../KeyRows.js';
import { PromptFields } from '../PromptFields.js';
import type { SettingsProps } from '../settings-props.js';

const WORDS: KeyRowsWords = {
  group: 'Options',
  row: 'Option',
  digitLabel: (i) => `Key of option ${i + 1}`,
  textLabel: (i) => `Label of option ${i + 1}`,
  removeLabel: (digit) => `Remove option ${digit}`,
  placeholder: 'Sales',
  add: 'Add an option',
};

/** The prompt, one row per key (key + what it is for), and what happens on silence. */
export function PhoneMenuSettings({ data, errors, onChange }: SettingsProps) {
  const options = (Array.isArray(data.options) ? data.options : []) as KeyRow[];

  return (
    <>
      <PromptFields
        path="prompt"
        label="Prompt"
        value={data.prompt}
        errors={errors}
        onChange={(prompt) => onChange({ prompt })}
      />
      <KeyRows
        path="options"
        rows={options}
        errors={errors}
        words={WORDS}
        onChange={(next) => onChange({ options: next })}
      />
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
