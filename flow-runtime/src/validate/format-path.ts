/**
 * A field path as people read it in code and in the editor's error list.
 *
 * @example
 * formatPath(['targets', 1, 'number']) // 'targets[1].number'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}
