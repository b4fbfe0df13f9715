import type { DesignerNode } from './types.js';

/** The id of the one selected node, or null when none or several are selected. */
export function singleSelectedId(nodes: readonly DesignerNode[]): string | null {
  let id: string | null = null;
  for (const n of nodes) {
    if (!n.selected) continue;
    if (id !== null) return null;
    id = n.id;
  }
  return id;
}

export function selectedCount(nodes: readonly DesignerNode[]): number {
  let count = 0;
  for (const n of nodes) if (n.selected) count++;
  return count;
}
