import { isEntryKind } from '@ringflow/shared';
import type { FlowGraph } from '../graph.js';

/** Ids of the nodes a call can reach, following outcomes from every entry node. */
export function reachableFrom(graph: FlowGraph, starts: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    for (const target of graph.next.get(id)?.values() ?? []) queue.push(target);
  }
  return seen;
}

/** Entry node ids: every node of the entry kind, so a second entry does not also read as dead code. */
export function entryIds(graph: FlowGraph): string[] {
  return [...graph.nodes.values()].filter((n) => isEntryKind(n.type)).map((n) => n.id);
}
