import { definitionOf } from '@ringflow/shared';
import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import { entryIds, reachableFrom } from '../reachable.js';
import type { Rule } from './rule.js';

/** A node no call can reach is dead weight, usually a connection the admin forgot. */
export const reachabilityRule: Rule = (doc, graph) => {
  const entries = entryIds(graph);
  // Without an entry nothing is reachable; `no-entry` already says so once.
  if (entries.length === 0) return [];
  const reached = reachableFrom(graph, entries);
  return (
    doc.nodes
      .filter((node) => !reached.has(node.id))
      // Some nodes do their job without any connection leading to them (an
      // auto-reply that also fires when a caller hangs up early, wherever the call was).
      .filter((node) => !definitionOf(node.type).worksUnconnected?.(node.data))
      .map(
        (node): Finding => ({
          code: 'unreachable-node',
          severity: 'warning',
          nodeId: node.id,
          message: `${describeNode(node)} cannot be reached from the incoming call: no path of connections leads to it, so no call ever gets there`,
        }),
      )
  );
};
