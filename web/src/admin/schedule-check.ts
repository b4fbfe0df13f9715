import { issueFields } from '@ringflow/flow-runtime';
import { type Schedule, ScheduleSchema } from '@ringflow/shared';
import type { FieldErrors } from '../ui/field-errors.js';
import { type ScheduleBody, type ScheduleForm, toScheduleBody } from './schedule-form.js';

export type ScheduleCheck =
  | { ok: true; body: ScheduleBody; schedule: Schedule }
  | { ok: false; errors: FieldErrors };

/**
 * Checks the form with the very schema the server uses, so the messages
 * shown inline are the server's (`issueFields`), keyed by the same paths as
 * a 400's fields.
 */
export function checkScheduleForm(form: ScheduleForm): ScheduleCheck {
  const body = toScheduleBody(form);
  const input = { id: 'preview', ...body };
  const parsed = ScheduleSchema.safeParse(input);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const { path, message } of issueFields(parsed.error.issues, input)) {
      errors[path] ??= message;
    }
  }
  body.closures.forEach((c, i) => {
    if (c.until && c.until < c.date) errors[`closures.${i}.until`] ??= 'Ends before it starts';
  });
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body, schedule: parsed.data };
}

/**
 * The errors worth showing while the admin types: a field left empty (a
 * closure just added, its date not yet chosen) is only flagged once they try
 * to save; a wrong value is flagged at once.
 */
export function visibleErrors(
  form: ScheduleForm,
  errors: FieldErrors,
  attempted: boolean,
): FieldErrors {
  if (attempted) return errors;
  const body = toScheduleBody(form);
  const shown: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (valueAt(body, path) !== '') shown[path] = message;
  }
  return shown;
}

function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
