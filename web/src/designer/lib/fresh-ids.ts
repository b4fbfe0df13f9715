/**
 * @module
 * New ids that never collide with the ones a flow already has.
 */

/**
 * Hands out ids `${prefix}-${n}` not in `taken`, counting up from one past
 * the highest number already used with that prefix, so new nodes read as
 * the next in line (`ring-users-3` after `ring-users-2`). Every id it returns
 * is added to `taken`.
 *
 * @example
 * const next = freshIds(['ring-users-1', 'voicemail-1']);
 * next('ring-users'); // 'ring-users-2'
 * next('ring-users'); // 'ring-users-3'
 */
export function freshIds(existing: Iterable<string>): (prefix: string) => string {
  const taken = new Set(existing);
  return (prefix) => {
    let n = highestNumber(taken, prefix) + 1;
    while (taken.has(`${prefix}-${n}`)) n += 1;
    const id = `${prefix}-${n}`;
    taken.add(id);
    return id;
  };
}

function highestNumber(ids: Iterable<string>, prefix: string): number {
  let highest = 0;
  for (const id of ids) {
    if (!id.startsWith(`${prefix}-`)) continue;
    const rest = id.slice(prefix.length + 1);
    if (/^\d{1,9}$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return highest;
}
