import { say } from '@ringflow/shared';
import type { FieldErrors } from '../designer/field-errors.js';
import { TextArea, TextInput } from './fields.js';

interface PromptFieldsProps {
  /** The prompt's field in the node's data: `prompt` or `greeting`. */
  path: string;
  label: string;
  value: unknown;
  errors: FieldErrors;
  onChange(value: Record<string, unknown>): void;
}

/**
 * A spoken prompt: the words, the voice and the language. A recorded
 * greeting (chosen elsewhere) is shown as such, with a way back to text.
 */
export function PromptFields({ path, label, value, errors, onChange }: PromptFieldsProps) {
  const prompt = (typeof value === 'object' && value !== null ? value : say('')) as Record<
    string,
    unknown
  >;
  if (prompt.type === 'audio') {
    return (
      <div className="field">
        <span>{label}</span>
        <p className="muted">Plays a recorded greeting.</p>
        <button type="button" onClick={() => onChange(say(''))}>
          Speak text instead
        </button>
      </div>
    );
  }
  const set = (patch: Record<string, unknown>) => onChange({ ...prompt, ...patch });
  return (
    <>
      <TextArea
        label={label}
        value={prompt.text}
        error={errors[`${path}.text`] ?? errors[path]}
        onChange={(text) => set({ text })}
      />
      <div className="field-row">
        <TextInput
          label="Voice"
          value={prompt.voice}
          placeholder="Provider default"
          error={errors[`${path}.voice`]}
          onChange={(voice) => set({ voice: voice || undefined })}
        />
        <TextInput
          label="Language"
          value={prompt.language}
          placeholder="en-US"
          error={errors[`${path}.language`]}
          onChange={(language) => set({ language })}
        />
      </div>
    </>
  );
}
