import { Field } from '../ui/Field.js';
import { useVoices } from './use-speech.js';
import { voiceOptionLabel, voicesFor } from './voices.js';

/**
 * The voice of a language, chosen from the engine's list (never typed), with
 * "Default voice" for the engine's own choice unless one is required. A
 * stored voice that the list does not have stays shown, marked, so that the
 * check before publishing can name it rather than the picker dropping it.
 *
 * @example
 * <VoicePicker language="en-US" value={voice} onChange={setVoice} />
 */
export function VoicePicker({
  language,
  value,
  error,
  required = false,
  onChange,
}: {
  language: string;
  value: string | undefined;
  error?: string | undefined;
  /** A voice must be chosen (a greeting is synthesised with one voice); no "Default voice". */
  required?: boolean;
  onChange(voice: string | undefined): void;
}) {
  const reply = useVoices(language);
  const voices = voicesFor(reply.data?.voices ?? [], language);
  const unknown = value && reply.data && !voices.some((v) => v.name === value);
  const hint = reply.error
    ? 'The voice list could not be loaded; the default voice is used.'
    : reply.data
      ? `${voices.length} ${reply.data.engine === 'azure' ? 'Azure' : 'Twilio'} voice${voices.length === 1 ? '' : 's'} for ${language}`
      : 'Loading voices…';
  return (
    <Field label="Voice" error={error} hint={hint} className="voice-picker">
      <select
        required={required}
        value={value ?? ''}
        disabled={!reply.data && !value}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="" disabled={required}>
          {required ? 'Choose a voice…' : 'Default voice'}
        </option>
        {unknown && (
          <option value={value}>
            {value} (not a voice for {language})
          </option>
        )}
        {voices.map((v) => (
          <option key={v.name} value={v.name}>
            {voiceOptionLabel(v)}
          </option>
        ))}
      </select>
    </Field>
  );
}
