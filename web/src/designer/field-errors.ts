import { issuePredicate, type SchemaIssue, valueAt } from '@ringflow/flow-runtime';
import { definitionOf, type NodeKind } from '@ringflow/shared';
import type { FieldErrors } from '../ui/field-errors.js';
import type { NodeData } from './types.js';

/**
 * What is wrong with each field of a node, from its kind's zod schema, so
 * the settings panel can show it under the field. Each message is the end
 * of a sentence after the field's label, worded as the validator's findings
 * word it ("must be at least 5 seconds").
 *
 * @example
 * fieldErrors('ring-users', { ringSeconds: 2 }); // { ringSeconds: 'must be at least 5 seconds' }
 */
export function fieldErrors(kind: NodeKind, data: NodeData): FieldErrors {
  const result = definitionOf(kind).schema.safeParse(data);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues as SchemaIssue[]) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issuePredicate(issue, valueAt(data, issue.path));
  }
  return errors;
}
