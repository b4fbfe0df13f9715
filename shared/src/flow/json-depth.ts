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

/** A value waiting to be looked into; `parent` and `key` rebuild its path only when it is too deep. */
type Frame = { value: object; depth: number; parent: Frame | null; key: string | number };

/**
 * The first place where `value` nests deeper than `max` levels, or null when
 * it does not. Walks with an explicit stack, so any depth is safe to check.
 *
 * @example
 * jsonTooDeep({ a: [[1]] }, 2); // => { path: 'a.0', depth: 3 }
 * jsonTooDeep({ a: [1] }, 2); // => null
 */
export function jsonTooDeep(value: unknown, max: number = MAX_JSON_DEPTH): TooDeep | null {
  if (typeof value !== 'object' || value === null) return null;
  const stack: Frame[] = [{ value, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const depth = frame.depth + 1;
    if (depth > max) return { path: pathOf(frame), depth };
    const from = frame.value;
    if (Array.isArray(from)) {
      for (let i = 0; i < from.length; i++) {
        const item: unknown = from[i];
        if (typeof item === 'object' && item !== null) {
          stack.push({ value: item, depth, parent: frame, key: i });
        }
      }
    } else {
      for (const key of Object.keys(from)) {
        const item: unknown = (from as Record<string, unknown>)[key];
        if (typeof item === 'object' && item !== null) {
          stack.push({ value: item, depth, parent: frame, key });
        }
      }
    }
  }
  return null;
}

/** The dotted path from the root to `frame` (the root's own path is empty). */
function pathOf(frame: Frame): string {
  const keys: (string | number)[] = [];
  for (let f: Frame | null = frame; f?.parent; f = f.parent) keys.push(f.key);
  return keys.reverse().join('.');
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
  if (typeof value !== 'object' || value === null) return value;
  const root = (Array.isArray(value) ? [] : {}) as Record<string | number, unknown>;
  const stack: { from: object; to: Record<string | number, unknown> }[] = [
    { from: value, to: root },
  ];
  const copyOf = (item: unknown): unknown => {
    if (typeof item !== 'object' || item === null) return item;
    const copy = Array.isArray(item) ? [] : {};
    stack.push({ from: item, to: copy as Record<string | number, unknown> });
    return copy;
  };
  while (stack.length > 0) {
    const { from, to } = stack.pop() as { from: object; to: Record<string | number, unknown> };
    if (Array.isArray(from)) {
      for (let i = 0; i < from.length; i++) {
        const item: unknown = from[i];
        to[i] = item === undefined || typeof item === 'function' ? null : copyOf(item);
      }
      continue;
    }
    for (const key of Object.keys(from)) {
      const item: unknown = (from as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function') continue;
      if (key === '__proto__') {
        // Plain assignment would set the prototype; JSON.parse makes an own member.
        Object.defineProperty(to, key, {
          value: copyOf(item),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else {
        to[key] = copyOf(item);
      }
    }
  }
  return root as T;
}
