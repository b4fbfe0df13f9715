/**
 * @module
 * Who is calling, as a route-by-caller step reads it: the caller's number in
 * E.164 form, or "withheld" when the provider gives none. Written once here
 * so the machine's guard, the simulator's explanation, the validator and
 * scenario generation agree.
 */

/** What one rule matches: listed numbers, number prefixes, or callers who hide their number. */
export type CallerMatch =
  | { type: 'numbers'; numbers: string[] }
  | { type: 'prefix'; prefixes: string[] }
  | { type: 'withheld' };

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Twilio's "From" for an anonymous caller when it gives a number at all
 * (+266696687, which reads as a Lesotho number); the others arrive as
 * words ("anonymous", "restricted", "private", "unknown") or empty.
 */
const ANONYMOUS_NUMBERS = new Set(['+266696687']);

/**
 * The caller's E.164 number, or null when the number is withheld: anything
 * that is not a plausible E.164 number counts as withheld.
 *
 * @example
 * callerNumber('+14155550111'); // '+14155550111'
 * callerNumber('anonymous'); // null
 * callerNumber('+266696687'); // null
 */
export function callerNumber(from: string | null | undefined): string | null {
  const number = (from ?? '').trim();
  return E164.test(number) && !ANONYMOUS_NUMBERS.has(number) ? number : null;
}

/**
 * Whether a rule matches the caller. A withheld caller matches only a
 * withheld rule; numbers compare whole, prefixes by their leading digits.
 *
 * @example
 * callerMatches({ type: 'prefix', prefixes: ['+44'] }, '+442079460958'); // true
 * callerMatches({ type: 'withheld' }, 'Restricted'); // true
 */
export function callerMatches(match: CallerMatch, from: string | null | undefined): boolean {
  const number = callerNumber(from);
  switch (match.type) {
    case 'withheld':
      return number === null;
    case 'numbers':
      return number !== null && match.numbers.includes(number);
    case 'prefix':
      return number !== null && match.prefixes.some((p) => number.startsWith(p));
  }
}

/**
 * The rule a caller takes (the first that matches, in order) and why, in words
 * for the simulator's transcript; `rule` is null when the call goes to "other".
 *
 * @example
 * callerDecision([{ id: 'vip', name: 'VIP list', match: { type: 'numbers', numbers: ['+14155550111'] } }], '+14155550111');
 * // { rule: 'vip', text: 'VIP list: +14155550111 is listed' }
 */
export function callerDecision(
  rules: readonly { id: string; name?: string | undefined; match: CallerMatch }[],
  from: string | null | undefined,
): { rule: string | null; text: string } {
  const number = callerNumber(from);
  const index = rules.findIndex((r) => callerMatches(r.match, from));
  const rule = rules[index];
  if (!rule) {
    const who = number ?? 'a withheld number';
    return { rule: null, text: `anyone else: ${who} matches no rule` };
  }
  const name = rule.name?.trim() || `Rule ${index + 1}`;
  const match = rule.match;
  if (match.type === 'withheld') return { rule: rule.id, text: `${name}: the number is withheld` };
  if (match.type === 'numbers') return { rule: rule.id, text: `${name}: ${number} is listed` };
  const prefix = match.prefixes.find((p) => number?.startsWith(p));
  return { rule: rule.id, text: `${name}: ${number} starts with ${prefix}` };
}

/**
 * A caller that matches `match`, for generated scenarios: its first number,
 * its first prefix filled out to a full number, or an anonymous caller;
 * null for a rule with nothing in it.
 *
 * @example
 * sampleCaller({ type: 'prefix', prefixes: ['+44'] }); // '+445550100000'
 */
export function sampleCaller(match: CallerMatch): string | null {
  if (match.type === 'withheld') return 'anonymous';
  if (match.type === 'numbers') return match.numbers[0] ?? null;
  const prefix = match.prefixes[0];
  if (!prefix) return null;
  // Filler digits up to 12, a length every country's numbers reach.
  return `${prefix}${'5550100000'.slice(0, Math.max(1, 12 - (prefix.length - 1)))}`;
}
