import { useId } from 'react';
import { Field } from '../ui/Field.js';

/** Every IANA zone the browser knows, read once; UTC first as the neutral choice. */
const ZONES: readonly string[] = [
  'UTC',
  ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC'),
];

/**
 * A searchable time-zone choice: typing "par" offers Europe/Paris. A native
 * input with a datalist, so the keyboard, filtering and screen readers work
 * as everywhere else; the schema's check rejects a zone that does not exist.
 */
export function TimeZonePicker({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string | undefined;
  onChange: (zone: string) => void;
}) {
  const listId = useId();
  return (
    <Field
      label="Time zone"
      error={error}
      hint="Hours are wall-clock time in this zone, daylight saving included."
    >
      {(ids) => (
        <>
          <input
            id={ids.id}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            list={listId}
            value={value}
            autoComplete="off"
            spellCheck={false}
            placeholder="Search, e.g. Paris or New_York"
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={listId}>
            {ZONES.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
