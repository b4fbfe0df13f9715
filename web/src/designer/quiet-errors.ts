/**
 * @module
 * No error before anything is typed: a row just added to a list ("Add a
 * number", "Add an option") starts empty, and saying at once that it "must
 * not be empty" scolds the admin for a step they are in the middle of. Such
 * a field's error waits until its value changes (typed, then cleared shows
 * it). A field that held a value and was emptied, or an error already there
 * when the step was selected, shows as before.
 */
import { useRef } from 'react';
import type { FieldErrors } from '../ui/field-errors.js';

/** The value at a field path ("targets.2.number") of a node's data; undefined when the path is not there. */
export function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

interface Seen {
  data: unknown;
  errors: FieldErrors;
  quiet: ReadonlySet<string>;
}

/**
 * The error paths to keep quiet after an edit from `before.data` to `data`:
 * an error that is new, on a path that did not exist before (a row just
 * added), stays quiet while the path's value is unchanged.
 *
 * @example
 * // A number row added to ring users: its "must not be empty" waits.
 * nextQuiet(
 *   { data: { targets: [] }, errors: {}, quiet: new Set() },
 *   { targets: [{ type: 'number', number: '' }] },
 *   { 'targets.0.number': 'must not be empty' },
 * ); // Set { 'targets.0.number' }
 */
export function nextQuiet(before: Seen, data: unknown, errors: FieldErrors): Set<string> {
  const quiet = new Set<string>();
  for (const path of Object.keys(errors)) {
    const now = valueAt(data, path);
    const then = valueAt(before.data, path);
    if (before.quiet.has(path) && Object.is(now, then)) quiet.add(path);
    else if (!(path in before.errors) && then === undefined && before.data !== undefined)
      quiet.add(path);
  }
  return quiet;
}

/**
 * A node's field errors without the ones kept quiet, and the quiet paths so
 * the step's findings can leave them out too. Selecting another step starts
 * afresh: what is wrong with a step already there is said at once.
 */
export function useQuietErrors(
  id: string | null | undefined,
  data: unknown,
  errors: FieldErrors,
): { shown: FieldErrors; quiet: ReadonlySet<string> } {
  const seen = useRef<Seen & { id: string | null | undefined }>({
    id,
    data,
    errors,
    quiet: new Set(),
  });
  const last = seen.current;
  if (last.id !== id) {
    seen.current = { id, data, errors, quiet: new Set() };
  } else if (last.data !== data || last.errors !== errors) {
    seen.current = { id, data, errors, quiet: nextQuiet(last, data, errors) };
  }
  const { quiet } = seen.current;
  if (quiet.size === 0) return { shown: errors, quiet };
  const shown: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) if (!quiet.has(path)) shown[path] = message;
  return { shown, quiet };
}
