import { definitionOf, type NodeKind } from '@ringflow/shared';
import type { NodeData } from './types.js';

/** The parts of a zod issue this module reads. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
}

/** Errors by field path (`ringSeconds`, `options.1.digit`), each the end of a sentence after the field's name. */
export type FieldErrors = Record<string, string>;

/**
 * What is wrong with each field of a node, from its kind's zod schema, so
 * the settings panel can show it under the field.
 *
 * @example
 * fieldErrors('ring-users', { ringSeconds: 2 }); // { ringSeconds: 'must be at least 5' }
 */
export function fieldErrors(kind: NodeKind, data: NodeData): FieldErrors {
  const result = definitionOf(kind).schema.safeParse(data);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues as Issue[]) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= describeIssue(issue);
  }
  return errors;
}

function describeIssue(issue: Issue): string {
  const isString = issue.origin === 'string';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return 'must be a whole number';
      return 'is missing or not valid';
    case 'too_small':
      if (isString)
        return issue.minimum === 1
          ? 'must not be empty'
          : `needs at least ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (isString) return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `may have at most ${issue.maximum} entries`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return 'must be one of the choices';
    default:
      // Formats and refinements carry the schema's own message, written for people.
      return issue.message.replace(/^Invalid input: /, 'is not valid: ');
  }
}
