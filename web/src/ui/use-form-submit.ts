import { type FormEvent, useRef, useState } from 'react';
import type { FieldErrors } from './field-errors.js';
import { submitOnce } from './submit-form.js';

interface FormSubmitOptions<T> {
  /** The browser's own check, keyed like the API's field paths; `{}` when all is well. */
  check?: () => FieldErrors;
  /** Sends the form; a rejection is shown, under the fields it names or as one message. */
  send: () => Promise<T>;
  /** Whether the form shows an error at this path; others become the general message. */
  shows?: (path: string) => boolean;
  /** After the server took it (close the dialog, clear the text, say so). */
  onSent?: (result: T) => void;
  /** The refusal itself, for a form that shows more than its message (a publish's findings). */
  onFailed?: (error: unknown) => void;
}

export interface FormSubmit {
  /** The `onSubmit` of the form. */
  submit(event?: FormEvent): Promise<void>;
  busy: boolean;
  errors: FieldErrors;
  /** What went wrong that names no field, or null. */
  failure: string | null;
  /** For checks made outside a submit (a field checked when it loses focus). */
  setErrors(update: (errors: FieldErrors) => FieldErrors): void;
  /** Forgets the general message (the form was edited since). */
  clearFailure(): void;
}

/**
 * The plumbing every form shares: check, busy while sending, the server's
 * field errors under their fields and anything else above the buttons.
 *
 * @example
 * const form = useFormSubmit({ check: () => checkUserDraft(draft).errors, send: () => onSave(draft) });
 * <form onSubmit={form.submit} noValidate>…<FormFooter failure={form.failure} busy={form.busy} … />
 */
export function useFormSubmit<T>(options: FormSubmitOptions<T>): FormSubmit {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  // The latest closures, so a submit sends what is on screen now.
  const latest = useRef(options);
  latest.current = options;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const { check = () => ({}), send, shows, onSent, onFailed } = latest.current;
    setFailure(null);
    setBusy(true);
    const watched = () =>
      send().catch((error: unknown) => {
        onFailed?.(error);
        throw error;
      });
    const outcome = await submitOnce(check, watched, shows);
    setBusy(false);
    setErrors(outcome.errors);
    setFailure(outcome.failure);
    if ('result' in outcome) onSent?.(outcome.result as T);
  };

  return {
    submit,
    busy,
    errors,
    failure,
    setErrors: (update) => setErrors(update),
    clearFailure: () => setFailure(null),
  };
}
