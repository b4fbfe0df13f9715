/**
 * @module
 * JSON with a fixed key order, so the same flow always gives the same text:
 * exported files diff cleanly in git, and two documents compare equal
 * whatever order their keys were written in.
 */

/** Keys a reader looks for first, in this order; every other key follows alphabetically. */
const LEADING_KEYS = [
  'schemaVersion',
  'name',
  'description',
  'nodes',
  'edges',
  'viewport',
  'id',
  'type',
  'source',
  'sourceHandle',
  'target',
  'position',
  'x',
  'y',
  'zoom',
  'label',
  'data',
];
const RANK = new Map(LEADING_KEYS.map((key, i) => [key, i] as const));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? LEADING_KEYS.length;
  const rb = RANK.get(b) ?? LEADING_KEYS.length;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort(compareKeys)) {
    // Like JSON.stringify, an undefined property is simply absent.
    if (record[key] !== undefined) out[key] = ordered(record[key]);
  }
  return out;
}

/**
 * `JSON.stringify` with keys in a stable order (flow keys first, then
 * alphabetical) at every depth.
 *
 * @example
 * stableStringify({ b: 1, a: 2, id: 'x' }); // '{"id":"x","a":2,"b":1}'
 * stableStringify(doc, 2); // an exported file's text
 */
export function stableStringify(value: unknown, indent?: number): string {
  return JSON.stringify(ordered(value), null, indent);
}
