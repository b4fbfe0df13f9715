import { useId } from 'react';
import { SmsCounterLine } from './SmsCounterLine.js';

/**
 * One text of an auto-reply: the textarea, what leaving it empty means, the
 * live counter and the error the browser or the server found.
 */
export function TextField({
  label,
  value,
  emptyMeans,
  error,
  values,
  onChange,
  onFocus,
  area,
}: {
  label: string;
  value: string;
  /** "Empty: nothing is sent during hours" */
  emptyMeans: string;
  error?: string | undefined;
  values?: Readonly<Record<string, string>>;
  onChange(value: string): void;
  onFocus?(el: HTMLTextAreaElement): void;
  area?: (el: HTMLTextAreaElement | null) => void;
}) {
  const id = useId();
  return (
    <div className={`field text-field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={area}
        rows={3}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={`${id}-counter`}
        onChange={(e) => onChange(e.target.value)}
        onFocus={(e) => onFocus?.(e.currentTarget)}
      />
      {value.trim() === '' ? (
        <small id={`${id}-counter`} className="hint">
          {emptyMeans}
        </small>
      ) : (
        <SmsCounterLine id={`${id}-counter`} text={value} values={values} />
      )}
      {error && (
        <small className="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
