import type { FlowDiff } from './lib/diff.js';
import type { DiffMarks } from './store-state.js';

/** A revision comparison as the canvas marks it, node by node. */
export function diffMarks(diff: FlowDiff, revision: number): DiffMarks {
  const byNode: DiffMarks['byNode'] = {};
  for (const id of diff.moved) byNode[id] = 'moved';
  for (const id of diff.changed) byNode[id] = 'changed';
  for (const id of diff.added) byNode[id] = 'added';
  return { revision, byNode, removed: diff.removed };
}
