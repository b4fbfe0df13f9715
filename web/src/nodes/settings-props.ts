import type { Member, ScheduleRecord } from '../api/types.js';
import type { NodeData } from '../designer/types.js';
import type { FieldErrors } from '../ui/field-errors.js';

/** What every kind's settings form receives. */
export interface SettingsProps {
  /** The node's data as typed, possibly invalid. */
  data: NodeData;
  /** Problems by field path, from the kind's zod schema. */
  errors: FieldErrors;
  /** Merges the given fields into the node's data. */
  onChange(patch: NodeData): void;
  members: readonly Member[];
  schedules: readonly ScheduleRecord[];
}

/** A text field's value, whatever was stored there. */
export function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/**
 * A number typed in a text box: a number when it reads as one, otherwise the
 * text itself, kept so that the admin's input is never lost and the schema
 * can say what is wrong with it.
 *
 * @example
 * numberOrText('20'); // 20
 * numberOrText('2o'); // '2o'
 */
export function numberOrText(raw: string): number | string {
  return /^\s*-?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : raw;
}
