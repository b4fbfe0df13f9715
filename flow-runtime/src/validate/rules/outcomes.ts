import { definitionOf } from '@ringflow/shared';
import { outcomeIds } from '../../graph.js';
import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

/**
 * Each outcome should lead to exactly one node. The canvas lets an outcome be
 * dragged twice, and only the first edge is followed; an outcome with no edge
 * hangs up, which is often meant (after an answered call) but worth saying.
 */
export const outcomesRule: Rule = (doc, graph) => {
  const edgesByOutcome = new Map<string, string[]>();
  for (const edge of doc.edges) {
    const source = graph.nodes.get(edge.source);
    if (!source || !graph.nodes.has(edge.target)) continue;
    if (!outcomeIds(source).includes(edge.sourceHandle)) continue;
    const key = `${edge.source}\u0000${edge.sourceHandle}`;
    edgesByOutcome.set(key, [...(edgesByOutcome.get(key) ?? []), edge.id]);
  }
  const findings: Finding[] = [];
  for (const node of doc.nodes) {
    for (const outcome of definitionOf(node.type).outcomes(node.data)) {
      const ids = edgesByOutcome.get(`${node.id}\u0000${outcome.id}`) ?? [];
      const name = `${describeNode(node)}: outcome "${outcome.label}"`;
      if (ids.length === 0) {
        findings.push({
          code: 'unconnected-outcome',
          severity: 'warning',
          nodeId: node.id,
          message: `${name} is not connected, so the call hangs up when it is taken`,
        });
      } else if (ids.length > 1) {
        findings.push({
          code: 'outcome-multiple-edges',
          severity: 'error',
          nodeId: node.id,
          edgeId: ids[1],
          message: `${name} has ${ids.length} connections; an outcome leads to one step, so remove all but one`,
        });
      }
    }
  }
  return findings;
};
