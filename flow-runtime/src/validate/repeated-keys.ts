/**
 * Each entry whose key an earlier entry already has, with the index of that
 * first one: a phone menu's options and a voicemail greeting's keys both
 * refuse a digit listed twice.
 *
 * @example
 * repeatedKeys([{ digit: '1' }, { digit: '2' }, { digit: '1' }], (o) => o.digit);
 * // [{ index: 2, first: 0, key: '1' }]
 */
export function repeatedKeys<T>(
  entries: readonly T[],
  keyOf: (entry: T) => string,
): { index: number; first: number; key: string }[] {
  const firstByKey = new Map<string, number>();
  const repeated: { index: number; first: number; key: string }[] = [];
  entries.forEach((entry, index) => {
    const key = keyOf(entry);
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, index);
    else repeated.push({ index, first, key });
  });
  return repeated;
}
