import { type FieldErrors, fieldErrorsOf, messageOf } from './field-errors.js';

/** How a submit ended: what to show under fields and above the buttons. */
export interface SubmitOutcome<T> {
  /** Set only when the server took it. */
  result?: T;
  /** The browser's check, or the fields a 4xx named (by path). */
  errors: FieldErrors;
  /** A refusal that names no field (a 409, a network failure), or null. */
  failure: string | null;
}

/**
 * One submit of a form: the browser's check first (nothing is sent while a
 * field is wrong), then the request. A 4xx naming fields puts each message
 * under its field; any other failure (or one naming a field that `shows`
 * says the form lacks) is kept as one general message, never dropped.
 *
 * @example
 * await submitOnce(() => ({ name: 'Give a name' }), save); // { errors: { name: 'Give a name' }, failure: null }
 */
export async function submitOnce<T>(
  check: () => FieldErrors,
  send: () => Promise<T>,
  shows: (path: string) => boolean = () => true,
): Promise<SubmitOutcome<T>> {
  const errors = check();
  if (Object.keys(errors).length > 0) return { errors, failure: null };
  try {
    return { result: await send(), errors: {}, failure: null };
  } catch (e) {
    const fields = fieldErrorsOf(e);
    // A message for a field this form does not show is kept as the general one.
    const paths = Object.keys(fields);
    const hidden = paths.length === 0 || !paths.every(shows);
    return { errors: fields, failure: hidden ? messageOf(e) : null };
  }
}
