import type { NodeKind } from '@ringflow/shared';

/**
 * A fresh node id for a kind, `${kind}-${n}` with the smallest n not taken,
 * readable in findings and in the exported JSON.
 *
 * @example
 * nextNodeId('voicemail', ['voicemail-1']); // 'voicemail-2'
 */
export function nextNodeId(kind: NodeKind, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${kind}-${n}`)) n++;
  return `${kind}-${n}`;
}
