/**
 * @module
 * Deeply nested JSON without recursion. A document nested thousands of levels
 * deep (an attacker's, never a real flow: the deepest real value is under ten
 * levels) would overflow the stack of any recursive walk, so the server
 * refuses bodies nested past `MAX_JSON_DEPTH` before validating them, and the
 * flow migration copies documents with an explicit stack.
 */

/** How deep a JSON value may nest (objects and arrays) in an API body or a flow document. */
export const MAX_JSON_DEPTH = 64;

/** Where a value first nests past the limit: its path, dotted (`document.nodes.0.data`). */
export interface TooDeep {
  path: string;
  depth: number;
}

type Frame = { value: unknown; depth: number; path: readonly (string | number)[] };

/**
 * The first place where `value` nests deeper than `max` levels, or null when
 * it does not. Walks with an explicit stack, so any depth is safe to check.
 *
 * @example
 * jsonTooDeep({ a: [[1]] }, 2); // => { path: 'a.0', depth: 3 }
 * jsonTooDeep({ a: [1] }, 2); // => null
 */
export function jsonTooDeep(value: unknown, max: number = MAX_JSON_DEPTH): TooDeep | null {
  const stack: Frame[] = [{ value, depth: 0, path: [] }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (typeof frame.value !== 'object' || frame.value === null) continue;
    const depth = frame.depth + 1;
    if (depth > max) return { path: frame.path.join('.'), depth };
    const entries = Array.isArray(frame.value)
      ? frame.value.map((item, index) => [index, item] as const)
      : Object.entries(frame.value);
    for (const [key, item] of entries) {
      if (typeof item === 'object' && item !== null) {
        stack.push({ value: item, depth, path: [...frame.path, key] });
      }
    }
  }
  return null;
}

/**
 * A deep copy of a JSON value (what `JSON.parse(JSON.stringify(value))` gives
 * for plain data), made without recursion. `undefined` members (and functions) are dropped from objects and become null in arrays, as JSON
 * would; `__proto__` is copied as an own member, never as a prototype.
 *
 * @example
 * const copy = cloneJson({ nodes: [{ id: 'a' }] }); // a new object, equal in value
 */
export function cloneJson<T>(value: T): T {
  const copyOf = (item: unknown): unknown => {
    if (typeof item !== 'object' || item === null) return item;
    return Array.isArray(item) ? [] : {};
  };
  const root = copyOf(value);
  const stack: { from: object; to: Record<string | number, unknown> }[] = [];
  if (root !== value) stack.push({ from: value as object, to: root as Record<string, unknown> });
  while (stack.length > 0) {
    const { from, to } = stack.pop() as { from: object; to: Record<string | number, unknown> };
    const entries = Array.isArray(from)
      ? from.map((item, index) => [index, item] as const)
      : Object.entries(from);
    for (const [key, item] of entries) {
      const absent = item === undefined || typeof item === 'function';
      if (absent && !Array.isArray(from)) continue;
      const copy = absent ? null : copyOf(item);
      Object.defineProperty(to, key, {
        value: copy,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      if (copy !== item && typeof item === 'object' && item !== null) {
        stack.push({ from: item, to: copy as Record<string, unknown> });
      }
    }
  }
  return root as T;
}
