import { definitionOf, isEntryKind } from '@ringflow/shared';
import { outcomeIds } from '../../graph.js';
import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

/** Each edge must leave from an outcome its node has and arrive at a node that exists. */
export const edgesRule: Rule = (doc, graph) => {
  const findings: Finding[] = [];
  for (const edge of doc.edges) {
    const source = graph.nodes.get(edge.source);
    const target = graph.nodes.get(edge.target);
    if (!source) {
      findings.push({
        code: 'edge-unknown-source',
        severity: 'error',
        edgeId: edge.id,
        nodeId: target?.id,
        message: `A connection starts at a step that does not exist ("${edge.source}"); delete the connection`,
      });
      continue;
    }
    const from = describeNode(source);
    if (!target) {
      findings.push({
        code: 'edge-unknown-target',
        severity: 'error',
        edgeId: edge.id,
        nodeId: source.id,
        message: `${from}: a connection leads to a step that does not exist ("${edge.target}"); reconnect it`,
      });
    }
    const outcomes = outcomeIds(source);
    if (!outcomes.includes(edge.sourceHandle)) {
      const labels = definitionOf(source.type)
        .outcomes(source.data)
        .map((o) => `"${o.label}"`);
      const have = labels.length ? labels.join(', ') : 'none';
      findings.push({
        code: 'edge-unknown-outcome',
        severity: 'error',
        edgeId: edge.id,
        nodeId: source.id,
        message: `${from} has no outcome "${edge.sourceHandle}" (its outcomes: ${have}); a connection from it is never taken`,
      });
    }
    if (target && isEntryKind(target.type)) {
      findings.push({
        code: 'edge-into-entry',
        severity: 'error',
        edgeId: edge.id,
        nodeId: source.id,
        message: `${from}: a connection leads back to ${describeNode(target)}; a call cannot start again, connect it to the step after the start instead`,
      });
    }
  }
  return findings;
};
