import { ApiError } from '../api/client.js';

/** Messages by field path ("addresses.0", "weekly.mon.1.to"), as forms show them inline. */
export type FieldErrors = Record<string, string>;

/**
 * The fields a 400 names, keyed by path, so each form shows the message
 * under the input it concerns; the first message per path wins.
 *
 * @example
 * fieldErrorsOf(new ApiError(400, 'x', 'invalid_request', [{ path: 'number', message: 'Use +1…' }]))
 * // { number: 'Use +1…' }
 */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const field of error.fields) errors[field.path] ??= field.message;
  // Some routes name a single `field` instead of a `fields` list.
  const single = (error.body as { error?: { field?: unknown } } | null)?.error?.field;
  if (typeof single === 'string' && single) errors[single] ??= error.message;
  return errors;
}

/** One line for a failed change: the server's own words (a 409 says what is in the way). */
export function messageOf(error: unknown, fallback = 'Something went wrong'): string {
  return error instanceof Error ? error.message : fallback;
}
