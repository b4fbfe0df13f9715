import { cloneElement, type ReactElement, useId } from 'react';

/**
 * A labelled input with its hint and its inline error (from the browser's
 * check or a 400). The control is given the label's id, so the label names it.
 */
export function Field({
  label,
  error,
  hint,
  className = '',
  children,
}: {
  label: string;
  className?: string;
  error?: string | undefined;
  hint?: string;
  children: ReactElement<{ id?: string }>;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
      {hint && !error && <small className="hint">{hint}</small>}
      {error && <small className="field-error">{error}</small>}
    </div>
  );
}
