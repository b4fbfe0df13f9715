import type { FlowDocumentSchema } from '@ringflow/shared';

/** One problem zod found, typed from the schema so this package needs no zod of its own. */
export type SchemaIssue = NonNullable<
  ReturnType<(typeof FlowDocumentSchema)['safeParse']>['error']
>['issues'][number];

/**
 * What is wrong with a value, as the end of a sentence that starts with the
 * field's name: "must be at least 5 seconds", "is missing". `value` is what
 * the document holds there, since zod 4's issues no longer carry it.
 *
 * @example
 * issuePredicate({ code: 'too_small', origin: 'number', minimum: 5, ... }, 3, 'ringSeconds')
 * // 'must be at least 5 seconds'
 */
export function issuePredicate(
  issue: SchemaIssue,
  value: unknown,
  key: string | undefined,
): string {
  const unit = key?.endsWith('Seconds') ? ' seconds' : '';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      if (value === '') return 'is empty';
      if (issue.expected === 'int') return 'must be a whole number';
      return `must be ${article(issue.expected)}, not ${describeValue(value)}`;
    case 'too_small':
      return bound(issue.origin, 'at least', 'more than', issue.inclusive, issue.minimum, unit);
    case 'too_big':
      return bound(issue.origin, 'at most', 'less than', issue.inclusive, issue.maximum, unit);
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(value)}`;
    case 'invalid_union': {
      // A discriminated union names its choices (node kinds, prompt types) outside the typings.
      const { options } = issue as { options?: unknown };
      if (Array.isArray(options)) {
        return `must be one of ${options.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(value)}`;
      }
      return `is not valid: ${issue.message}`;
    }
    default:
      // Formats and refinements carry the schema's own message, written for people.
      return `is not valid: ${issue.message}`;
  }
}

function bound(
  origin: string,
  inclusiveWord: string,
  exclusiveWord: string,
  inclusive: boolean | undefined,
  limit: number | bigint,
  unit: string,
): string {
  const word = inclusive === false ? exclusiveWord : inclusiveWord;
  if (origin === 'string') {
    if (limit === 1 && word === 'at least') return 'must not be empty';
    return `must have ${word} ${limit} characters`;
  }
  if (origin === 'array') {
    if (limit === 1 && word === 'at least') return 'must not be empty';
    return `must have ${word} ${limit} items`;
  }
  return `must be ${word} ${limit}${unit}`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
