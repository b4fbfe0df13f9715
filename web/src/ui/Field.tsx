import { cloneElement, isValidElement, type ReactElement, type ReactNode, useId } from 'react';

/** What a control needs so that its label and messages point at it. */
export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface FieldProps {
  label: string;
  /** What is wrong, as a whole sentence (a 400's message, or `named(label, predicate)`). */
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  /**
   * The control: an element is given its id, `aria-describedby` and
   * `aria-invalid`; a function renders it with them (for a control wrapped
   * in other markup, such as an input with its unit).
   */
  children: ReactElement<ControlProps> | ((ids: FieldIds) => ReactNode);
}

interface ControlProps {
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A labelled control with its hint and its inline error. The error replaces
 * the hint, is announced (`role="alert"`) and describes the control, so a
 * screen reader reads it with the field.
 *
 * @example
 * <Field label="Name" error={errors.name} hint="As callers hear it">
 *   <input value={name} onChange={(e) => setName(e.target.value)} />
 * </Field>
 */
export function Field({ label, error, hint, className = '', children }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const ids: FieldIds = {
    id,
    describedBy: error || hint ? messageId : undefined,
    invalid: Boolean(error),
  };
  const control =
    typeof children === 'function'
      ? children(ids)
      : isValidElement(children)
        ? cloneElement(children, {
            id,
            'aria-describedby': ids.describedBy,
            'aria-invalid': ids.invalid,
          })
        : children;
  return (
    <div className={`field${error ? ' invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {hint && !error && (
        <small id={messageId} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={messageId} className="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

/**
 * A sentence naming the field, from a schema check's predicate: the
 * designer's checks say what is wrong ("must be at least 5"), the label says
 * of what.
 *
 * @example
 * named('Ring for', 'must be at least 5'); // 'Ring for must be at least 5'
 */
export function named(label: string, predicate: string | undefined): string | undefined {
  return predicate ? `${label} ${predicate}` : undefined;
}
