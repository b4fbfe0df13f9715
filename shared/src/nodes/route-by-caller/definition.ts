import { z } from 'zod';
import { PhoneNumberSchema } from '../../ids.js';
import { defineNode, NodeLabelSchema, type Outcome } from '../define.js';
import { type CallerMatch, callerDecision, sampleCaller } from './match.js';

/** The outcome of callers that no rule matches. */
export const OTHER_CALLER_OUTCOME = 'other';

/** Callers tried in turn for one that no rule matches (the `other` outcome): several countries. */
const OTHER_CANDIDATES = [
  '+19995550100',
  '+35315550100',
  '+81355500100',
  '+61255500100',
  '+27215550100',
  '+4930555010',
];

/** A number prefix: "+" then the leading digits of a country or area code. */
export const CallerPrefixSchema = z
  .string()
  .regex(/^\+[1-9]\d{0,13}$/, 'Use "+" then 1 to 14 digits, e.g. +44 or +1415')
  .describe('The leading digits of a number: "+" then a country code, maybe an area code (+1415).');

const CallerMatchSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('numbers'),
      numbers: z
        .array(PhoneNumberSchema)
        .min(1, 'must list at least one number')
        .max(100)
        .describe('The numbers that match (a VIP list), in E.164.'),
    }),
    z.strictObject({
      type: z.literal('prefix'),
      prefixes: z
        .array(CallerPrefixSchema)
        .min(1, 'must list at least one prefix')
        .max(50)
        .describe('Callers whose number starts with one of these match.'),
    }),
    z.strictObject({ type: z.literal('withheld') }),
  ])
  .describe(
    'numbers: listed numbers; prefix: numbers starting with a prefix; withheld: callers who hide their number.',
  );

export const CallerRuleSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,32}$/, 'Use 1-32 letters, digits, "-" or "_"')
      .refine((id) => id !== OTHER_CALLER_OUTCOME, 'is kept for callers no rule matches')
      .describe("The rule's stable id; also the id of its outcome (handle). Not `other`."),
    name: z
      .string()
      .max(60)
      .default('')
      .describe('What the rule is for, shown on the canvas ("VIP", "Spam").'),
    match: CallerMatchSchema,
  })
  .describe('One rule: the callers it matches, and its own outcome.');
export type CallerRule = z.output<typeof CallerRuleSchema>;

export const RouteByCallerDataSchema = z
  .strictObject({
    label: NodeLabelSchema,
    rules: z
      .array(CallerRuleSchema)
      .max(20)
      .default([])
      .describe(
        'Checked in order; the first rule that matches the caller decides. A withheld caller matches only withheld rules.',
      ),
  })
  .meta({
    description:
      'route-by-caller: route the call by who is calling, the moment it arrives. Outcomes: one per rule (its id), then other for callers no rule matches.',
  });
export type RouteByCallerData = z.output<typeof RouteByCallerDataSchema>;

/**
 * A rule's match in a few words: "2 numbers", "+44…", "Withheld number".
 *
 * @example
 * describeCallerMatch({ type: 'prefix', prefixes: ['+44', '+33'] }); // '+44…, +33…'
 */
export function describeCallerMatch(match: CallerMatch): string {
  if (match.type === 'withheld') return 'Withheld number';
  if (match.type === 'numbers') {
    const [first] = match.numbers;
    if (match.numbers.length === 1 && first) return first;
    return match.numbers.length === 0 ? 'No numbers yet' : `${match.numbers.length} numbers`;
  }
  if (match.prefixes.length === 0) return 'No prefixes yet';
  const shown = match.prefixes.slice(0, 2).map((p) => `${p}…`);
  return match.prefixes.length > 2
    ? `${shown.join(', ')} +${match.prefixes.length - 2}`
    : shown.join(', ');
}

/** One outcome per rule, by the rule's id, then `other`. */
function ruleOutcomes(data: RouteByCallerData): Outcome[] {
  return [
    ...data.rules.map((rule) => {
      const what = describeCallerMatch(rule.match);
      return { id: rule.id, label: rule.name ? `${rule.name} (${what})` : what };
    }),
    { id: OTHER_CALLER_OUTCOME, label: 'Anyone else' },
  ];
}

export const routeByCaller = defineNode({
  kind: 'route-by-caller',
  label: 'Route by caller',
  description: "Route by the caller's number: a VIP list, country codes, withheld numbers",
  icon: 'contact',
  color: '#86198f',
  fieldTitles: { label: 'name', rules: 'rules' },
  schema: RouteByCallerDataSchema,
  defaults: () => RouteByCallerDataSchema.parse({}),
  outcomes: ruleOutcomes,
  summary: (data) => {
    const count = data.rules.length;
    return count === 0
      ? 'No rules yet: every caller goes on'
      : `${count} rule${count === 1 ? '' : 's'}, in order`;
  },
  describeTaken: (data, outcomeId) => {
    const outcome = ruleOutcomes(data).find((o) => o.id === outcomeId);
    return outcome ? { text: `caller: ${outcome.label}` } : {};
  },
  sentences: () => [],
  waitsForCaller: false,
  takesTime: false,
  refersTo: () => [],
  callers: (data) => {
    const matching = data.rules.flatMap((rule) => sampleCaller(rule.match) ?? []);
    const other = OTHER_CANDIDATES.find((from) => callerDecision(data.rules, from).rule === null);
    return other ? [...matching, other] : matching;
  },
});
