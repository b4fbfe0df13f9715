import type { NumberRef } from '../api/types.js';

/**
 * Who a published revision answers, in words: the numbers whose calls run it,
 * or that none does (a published flow no number uses takes no call).
 *
 * @example
 * liveOnText(2, [{ id: 'n1', number: '+14155550100', name: 'Main line' }]);
 * // 'Revision 2 live on Main line'
 */
export function liveOnText(revision: number, numbers: readonly NumberRef[]): string {
  if (numbers.length === 0) return `Revision ${revision} published, on no number`;
  const [first] = numbers;
  if (numbers.length === 1 && first) return `Revision ${revision} live on ${first.name}`;
  return `Revision ${revision} live on ${numbers.length} numbers`;
}

/**
 * What a publish means for callers, for the notice after it.
 *
 * @example
 * publishedText(3, []);
 * // 'Revision 3 published. No number runs this flow yet: choose it for a number on the Numbers page.'
 */
export function publishedText(revision: number, numbers: readonly NumberRef[]): string {
  if (numbers.length === 0) {
    return `Revision ${revision} published. No number runs this flow yet: choose it for a number on the Numbers page.`;
  }
  const list = numbers.map((n) => `${n.name} (${n.number})`).join(', ');
  return `Revision ${revision} published: new calls to ${list} run it now.`;
}

/**
 * What a rollback means for callers.
 *
 * @example
 * rolledBackText(1, []); // 'revision 1 is published again, on no number.'
 */
export function rolledBackText(revision: number, numbers: readonly NumberRef[]): string {
  if (numbers.length === 0) return `revision ${revision} is published again, on no number.`;
  return `new calls to ${numbers.map((n) => n.name).join(', ')} run revision ${revision} again.`;
}
