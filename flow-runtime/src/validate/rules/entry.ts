import { definitionOf, entryKind, isEntryKind } from '@ringflow/shared';
import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

/** Every call starts at the one entry node; none or two leave the start undefined. */
export const entryRule: Rule = (doc) => {
  const entries = doc.nodes.filter((n) => isEntryKind(n.type));
  const label = definitionOf(entryKind()).label;
  if (entries.length === 0) {
    return [
      {
        code: 'no-entry',
        severity: 'error',
        message: `The flow has no ${label} step, so a call has nowhere to start; add one`,
      },
    ];
  }
  const [first, ...extra] = entries;
  return extra.map(
    (node): Finding => ({
      code: 'multiple-entries',
      severity: 'error',
      nodeId: node.id,
      message: `${describeNode(node)} is a second start of the flow; calls start at ${describeNode(first ?? node)}. Keep one ${label} step`,
    }),
  );
};
