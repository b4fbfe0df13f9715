/**
 * @module
 * The editing of a route-by-caller step's rules, apart from the form so it
 * can be tested: new rules with ids of their own, the type switch, the list
 * of numbers or prefixes as typed one per line.
 */
import type { CallerRule } from '@ringflow/shared';
import { normalisePhone } from '../../ui/phone.js';

/** A rule as the form holds it: possibly invalid while the admin types. */
export type RuleDraft = { id: string; name?: string; match: Record<string, unknown> };
export type RuleType = CallerRule['match']['type'];

/**
 * An id no rule has yet ("rule-3"): rule ids are the step's outcome ids, so
 * a connection stays with its rule when rules are reordered or renamed.
 *
 * @example
 * newRuleId([{ id: 'rule-1', match: { type: 'withheld' } }]); // 'rule-2'
 */
export function newRuleId(rules: readonly RuleDraft[]): string {
  const used = new Set(rules.map((r) => r.id));
  let n = rules.length + 1;
  while (used.has(`rule-${n}`)) n++;
  return `rule-${n}`;
}

/** The match of a rule switched to `type`; the list typed so far goes with it where it fits. */
export function matchOfType(type: RuleType, before: Record<string, unknown>): RuleDraft['match'] {
  if (type === 'withheld') return { type };
  const list = Array.isArray(before.numbers)
    ? before.numbers
    : Array.isArray(before.prefixes)
      ? before.prefixes
      : [];
  return type === 'numbers' ? { type, numbers: list } : { type, prefixes: list };
}

/**
 * A prefix as typed ("44", "+1 415") in the "+digits" form the rule stores;
 * anything else stays as typed so the schema can say what is wrong.
 *
 * @example
 * normalisePrefix('+1 (415)'); // '+1415'
 * normalisePrefix('44'); // '+44'
 */
export function normalisePrefix(typed: string): string {
  const compact = typed.replace(/[\s().-]/g, '');
  return /^\+?\d+$/.test(compact) ? `+${compact.replace(/^\+/, '')}` : typed.trim();
}

/**
 * The entries of a one-per-line text box (commas work too), blank lines
 * left out, each normalised: numbers read in the viewer's country.
 *
 * @example
 * linesToList('(415) 555-0111\n\n+14155550112', 'numbers'); // ['+14155550111', '+14155550112']
 */
export function linesToList(text: string, type: 'numbers' | 'prefixes'): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (type === 'numbers' ? normalisePhone(line) : normalisePrefix(line)));
}

/** The rules with the one at `index` moved by `by` places (-1 up, 1 down); unchanged at the ends. */
export function moveRule<T>(rules: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= rules.length) return [...rules];
  const next = [...rules];
  const [rule] = next.splice(index, 1);
  if (rule !== undefined) next.splice(to, 0, rule);
  return next;
}
