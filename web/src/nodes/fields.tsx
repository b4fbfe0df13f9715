import { type ReactNode, useId } from 'react';
import { Field, named } from '../ui/Field.js';
import { numberOrText, text } from './settings-props.js';

/** A titled group of controls (a list of rows) with an error for the group as a whole. */
export function FieldGroup({
  label,
  error,
  children,
}: {
  label: string;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <fieldset className={`field field-group${error ? ' invalid' : ''}`}>
      <legend>{label}</legend>
      {children}
      {error && (
        <span className="field-error" role="alert">
          {label} {error}
        </span>
      )}
    </fieldset>
  );
}

interface InputProps {
  label: string;
  value: unknown;
  error?: string | undefined;
  hint?: ReactNode;
  placeholder?: string;
  onChange(value: string): void;
}

export function TextInput({ label, value, error, hint, placeholder, onChange }: InputProps) {
  return (
    <Field label={label} error={named(label, error)} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          value={text(value)}
          placeholder={placeholder}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export function TextArea({ label, value, error, hint, placeholder, onChange }: InputProps) {
  return (
    <Field label={label} error={named(label, error)} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={3}
          value={text(value)}
          placeholder={placeholder}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

type NumberInputProps = Omit<InputProps, 'onChange'> & {
  unit?: string;
  onChange(value: number | string): void;
};

/** A whole number typed as text, so that "4" on the way to "45" is not rejected by the browser. */
export function NumberInput({ label, value, error, hint, unit, onChange }: NumberInputProps) {
  return (
    <Field label={label} error={named(label, error)} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <span className="input-with-unit">
          <input
            id={id}
            inputMode="numeric"
            value={text(value)}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange(numberOrText(e.target.value))}
          />
          {unit && <span className="muted">{unit}</span>}
        </span>
      )}
    </Field>
  );
}

interface SelectProps {
  label: string;
  value: unknown;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  hint?: ReactNode;
  onChange(value: string): void;
}

export function Select({ label, value, options, error, hint, onChange }: SelectProps) {
  return (
    <Field label={label} error={named(label, error)} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={text(value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({
  label,
  checked,
  disabled,
  hint,
  onChange,
}: {
  label: string;
  checked: unknown;
  disabled?: boolean;
  /** A line under the box: why it is disabled, what it does. */
  hint?: ReactNode;
  onChange(value: boolean): void;
}) {
  const hintId = useId();
  return (
    <>
      <label className={`checkbox${hint ? ' with-hint' : ''}`}>
        <input
          type="checkbox"
          checked={checked === true}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={hintId} className="checkbox-hint hint">
          {hint}
        </p>
      )}
    </>
  );
}
