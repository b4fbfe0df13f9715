import { definitionOf, ScheduleSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { issueFields, issueMessage, issuePredicate, type SchemaIssue } from '../src/index.js';

/** The issues of real zod parses, so zod's own messages are the ones worded. */
function issuesOf(schema: { safeParse(v: unknown): { error?: unknown } }, input: unknown) {
  const { error } = schema.safeParse(input) as { error?: { issues: SchemaIssue[] } };
  if (!error) throw new Error('expected the input to be refused');
  return error.issues;
}

const ring = definitionOf('ring-users').schema;
const schedule = {
  id: 'office',
  name: 'Office',
  timeZone: 'Europe/Paris',
  weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
};

describe('issueFields: messages after a field path (API, forms, CLI, settings)', () => {
  it('says Required for a missing field and names each unknown key', () => {
    const input = { name: 'Office', timeZone: 'Europe/Paris', wekly: {} };
    expect(issueFields(issuesOf(ScheduleSchema, input), input)).toEqual([
      { path: 'id', message: 'Required' },
      { path: 'weekly', message: 'Required' },
    ]);
    const strict = { ringSecond: 20 };
    expect(issueFields(issuesOf(ring, strict), strict)).toEqual([
      { path: 'ringSecond', message: 'Unknown field; check its spelling' },
    ]);
  });

  it("keeps the schema's own message", () => {
    const input = { ...schedule, name: '', timeZone: 'Mars/Olympus' };
    expect(issueFields(issuesOf(ScheduleSchema, input), input)).toEqual([
      { path: 'name', message: 'Give a name' },
      { path: 'timeZone', message: 'Unknown time zone; use an IANA name like Europe/Paris' },
    ]);
  });

  it("puts zod's bounds, types and choices in words, with what was there", () => {
    const input = { ringSeconds: 61, strategy: 'random', targets: 'alice' };
    expect(issueFields(issuesOf(ring, input), input)).toEqual([
      { path: 'targets', message: 'Must be a list, not "alice"' },
      { path: 'strategy', message: 'Must be one of "simultaneous", "sequential", not "random"' },
      { path: 'ringSeconds', message: 'Must be at most 60 seconds' },
    ]);
    const long = { ...schedule, name: 'x'.repeat(121) };
    expect(issueFields(issuesOf(ScheduleSchema, long), long)).toEqual([
      { path: 'name', message: 'Must have at most 120 characters' },
    ]);
    const half = { ringSeconds: 7.5 };
    expect(issueFields(issuesOf(ring, half), half)).toEqual([
      { path: 'ringSeconds', message: 'Must be a whole number' },
    ]);
  });

  it('words the same without the input, from what zod says it received', () => {
    const input = { ringSeconds: 'ten' };
    const [issue] = issuesOf(ring, input);
    expect(issue && issueMessage(issue)).toBe('Must be a number, not a string');
    const [missing] = issuesOf(ScheduleSchema, { ...schedule, id: undefined });
    expect(missing && issueMessage(missing)).toBe('Required');
  });
});

describe('issuePredicate: the end of a sentence after a field title (findings, designer)', () => {
  it('words bounds with the unit, missing and empty values, and unknown keys', () => {
    const input = { ringSeconds: 3, ringSecond: 20 };
    const [bound, unknown] = issuesOf(ring, input);
    expect(bound && issuePredicate(bound, 3)).toBe('must be at least 5 seconds');
    expect(unknown && issuePredicate(unknown, input)).toBe(
      'has an unknown field "ringSecond"; check its spelling',
    );
    const [missing] = issuesOf(ScheduleSchema, { ...schedule, id: undefined });
    expect(missing && issuePredicate(missing, undefined)).toBe('is missing');
    expect(missing && issuePredicate(missing, '')).toBe('is empty');
  });

  it("words a bound from its numbers, and quotes the schema's message elsewhere", () => {
    const [name] = issuesOf(ScheduleSchema, { ...schedule, name: '' });
    expect(name && issuePredicate(name, '')).toBe('must not be empty');
    const [zone] = issuesOf(ScheduleSchema, { ...schedule, timeZone: 'Nowhere' });
    expect(zone && issuePredicate(zone, 'Nowhere')).toBe(
      'is not valid: Unknown time zone; use an IANA name like Europe/Paris',
    );
  });
});
