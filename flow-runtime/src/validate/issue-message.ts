/**
 * @module
 * The one wording of zod's issues, for every place that shows them: the
 * validator's findings and the designer's fields (as the end of a sentence
 * after the field's title), the admin API's 400s, the web app's forms, the
 * CLI and the server's settings (as a message after the field's path).
 * A message written in a schema for people ("Use an international number")
 * is kept; zod's generic English ("Too small: expected number to be >=5") is
 * put in words ("Must be at least 5").
 */
import type { FlowDocumentSchema } from '@ringflow/shared';

/** One problem zod found, typed from the schema so this package needs no zod of its own. */
export type SchemaIssue = NonNullable<
  ReturnType<(typeof FlowDocumentSchema)['safeParse']>['error']
>['issues'][number];

/** A problem with one field: its dotted path (`addresses.0`) and what is wrong, as a sentence. */
export interface IssueField {
  path: string;
  message: string;
}

/** Stands for "the caller does not have the input", as against an input that is `undefined`. */
const UNKNOWN: unique symbol = Symbol('unknown value');

/**
 * Each issue as a field error, every unknown key one of its own, with
 * messages a person can act on. `input` is the value that was parsed, so a
 * message can say what was there instead ("not \"abc\"").
 *
 * @example
 * const input = { id: 'office', timeZone: 'Mars/Olympus', weekly: {}, name: '' };
 * issueFields(ScheduleSchema.safeParse(input).error.issues, input);
 * // [{ path: 'name', message: 'Give a name' },
 * //  { path: 'timeZone', message: 'Unknown time zone; use an IANA name like Europe/Paris' }]
 */
export function issueFields(
  issues: readonly SchemaIssue[],
  input: unknown = UNKNOWN,
): IssueField[] {
  return issues.flatMap((issue): IssueField[] => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: 'Unknown field; check its spelling',
      }));
    }
    const value = input === UNKNOWN ? UNKNOWN : valueAt(input, issue.path);
    return [{ path, message: issueMessage(issue, value) }];
  });
}

/**
 * What is wrong, as a sentence of its own to show after the field's path or
 * under a form's field: "Required", "Must be at least 5 seconds", or the
 * schema's own message. Leave `value` out when the input is not at hand.
 *
 * @example
 * issueMessage({ code: 'too_big', origin: 'number', maximum: 64, inclusive: true, ... }, 100);
 * // 'Must be at most 64'
 */
export function issueMessage(issue: SchemaIssue, value: unknown = UNKNOWN): string {
  if (issue.code === 'unrecognized_keys') return 'Unknown field; check its spelling';
  const inner = branchIssue(issue);
  if (inner) return issueMessage(inner, value);
  if (ownMessage(issue)) return issue.message;
  if (isMissing(issue, value)) return 'Required';
  const { origin, minimum } = issue as { origin?: string; minimum?: unknown };
  if (issue.code === 'too_small' && origin === 'string' && minimum === 1) return 'Required';
  return capitalise(worded(issue, value).replace(/^is /, ''));
}

/**
 * What is wrong with a value, as the end of a sentence that starts with the
 * field's name: "must be at least 5 seconds", "is missing". `value` is what
 * the document holds there, since zod 4's issues no longer carry it; `key`
 * (the field's name, by default the last of the issue's path) picks the unit.
 *
 * @example
 * issuePredicate({ code: 'too_small', origin: 'number', minimum: 5, ... }, 3, 'ringSeconds')
 * // 'must be at least 5 seconds'
 */
export function issuePredicate(
  issue: SchemaIssue,
  value: unknown,
  key: string | undefined = lastKey(issue),
): string {
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'is missing';
    if (value === '') return 'is empty';
  }
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    return `has an unknown field ${names}; check its spelling`;
  }
  const inner = branchIssue(issue);
  if (inner) return issuePredicate(inner, value, key);
  // What the structure says is worded from it whatever the schema's message
  // says: "Give a name" does not read after a field's title.
  return worded(issue, value, key);
}

/**
 * What an optional setting's union (`.optional().or(z.literal(''))`) refused
 * the value for: the first choice's own check (a pattern, a length), not
 * zod's "Invalid input" for the union as a whole.
 */
function branchIssue(issue: SchemaIssue): SchemaIssue | undefined {
  if (issue.code !== 'invalid_union' || 'options' in issue) return undefined;
  return issue.errors
    .flat()
    .find((i) => i.path.length === 0 && i.code !== 'invalid_type' && i.code !== 'invalid_value');
}

/** zod's issue in words, as a predicate ("must be …", "is not valid"). */
function worded(issue: SchemaIssue, value: unknown, key = lastKey(issue)): string {
  const unit = key?.endsWith('Seconds') ? ' seconds' : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int') return 'must be a whole number';
      const received = describeValue(value) ?? receivedOf(issue.message);
      return `must be ${typeName(issue.expected)}${received ? `, not ${received}` : ''}`;
    }
    case 'too_small':
      return bound(issue.origin, 'at least', 'more than', issue, issue.minimum, unit);
    case 'too_big':
      return bound(issue.origin, 'at most', 'less than', issue, issue.maximum, unit);
    case 'invalid_value':
      return oneOf(issue.values, value);
    case 'invalid_union': {
      // A discriminated union names its choices (node kinds, prompt types) outside the typings.
      const { options } = issue as { options?: unknown };
      if (Array.isArray(options)) return oneOf(options, value);
      return ownMessage(issue) ? `is not valid: ${issue.message}` : 'is not valid';
    }
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}${unit}`;
    case 'invalid_format':
      return formatPredicate(issue);
    default:
      return ownMessage(issue) ? `is not valid: ${issue.message}` : 'is not valid';
  }
}

function bound(
  origin: string,
  inclusiveWord: string,
  exclusiveWord: string,
  issue: { inclusive?: boolean; exact?: boolean },
  limit: number | bigint,
  unit: string,
): string {
  const word = issue.exact ? 'exactly' : issue.inclusive === false ? exclusiveWord : inclusiveWord;
  const items = origin === 'string' ? 'characters' : origin === 'array' ? 'items' : undefined;
  if (!items) return `must be ${word} ${limit}${unit}`;
  if (limit === 1 && word === 'at least') return 'must not be empty';
  return `must have ${word} ${limit} ${limit === 1 ? items.slice(0, -1) : items}`;
}

function oneOf(choices: readonly unknown[], value: unknown): string {
  const names = choices.map((v) => JSON.stringify(v));
  const head = names.length === 1 ? `must be ${names[0]}` : `must be one of ${names.join(', ')}`;
  const received = describeValue(value);
  return received ? `${head}, not ${received}` : head;
}

const FORMATS: Record<string, string> = {
  email: 'an e-mail address',
  url: 'a URL',
  datetime: 'a date and time such as 2026-03-01T09:00:00Z',
  date: 'a date such as 2026-03-01',
  time: 'a time such as 09:00',
  uuid: 'a UUID',
  e164: 'a phone number in international format, e.g. +14155550100',
};

function formatPredicate(issue: Extract<SchemaIssue, { code: 'invalid_format' }>): string {
  if (ownMessage(issue)) return `is not valid: ${issue.message}`;
  const { prefix, suffix, includes } = issue as {
    prefix?: string;
    suffix?: string;
    includes?: string;
  };
  if (issue.format === 'starts_with') return `must start with ${JSON.stringify(prefix)}`;
  if (issue.format === 'ends_with') return `must end with ${JSON.stringify(suffix)}`;
  if (issue.format === 'includes') return `must include ${JSON.stringify(includes)}`;
  const format = FORMATS[issue.format];
  return format ? `must be ${format}` : 'is not in the expected format';
}

/**
 * Whether the schema gave the issue a message of its own, as against zod's
 * generic English (its `en` locale, whose wording each pattern matches).
 */
function ownMessage(issue: SchemaIssue): boolean {
  return !ZOD_DEFAULT[issue.code]?.test(issue.message);
}

const ZOD_DEFAULT: Partial<Record<SchemaIssue['code'], RegExp>> = {
  invalid_type: /^Invalid input: expected /,
  too_small: /^Too small: expected /,
  too_big: /^Too big: expected /,
  invalid_value: /^Invalid (option|input): expected /,
  invalid_format: /^Invalid (string: must |\w)/,
  not_multiple_of: /^Invalid number: must be a multiple of /,
  unrecognized_keys: /^Unrecognized keys?: /,
  invalid_union: /^Invalid (input|discriminator value)/,
  invalid_key: /^Invalid key in /,
  invalid_element: /^Invalid value in /,
  custom: /^Invalid input$/,
};

function isMissing(issue: SchemaIssue, value: unknown): boolean {
  if (issue.code !== 'invalid_type') return false;
  if (value === UNKNOWN) return / received undefined$/.test(issue.message);
  return value === undefined || value === '';
}

/** zod's own message names the type it received ("…, received number"). */
function receivedOf(message: string): string | undefined {
  const type = / received (\w+)$/.exec(message)?.[1];
  if (!type) return undefined;
  if (type === 'null' || type === 'NaN') return type;
  return typeName(type);
}

function describeValue(value: unknown): string | undefined {
  if (value === UNKNOWN) return undefined;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** zod's type names as an admin reads them: `array` is a list, `boolean` true or false. */
function typeName(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'boolean') return 'true or false';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lastKey(issue: SchemaIssue): string | undefined {
  return issue.path.findLast((k): k is string => typeof k === 'string');
}

/**
 * The value at an issue's path in what was parsed, to say what was there.
 *
 * @example
 * valueAt({ options: [{ digit: 'x' }] }, ['options', 0, 'digit']); // 'x'
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}
