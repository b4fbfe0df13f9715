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
        message: `Connection ${edge.id} starts at node "${edge.source}", which does not exist; delete the connection`,
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
        message: `${from}: connection ${edge.id} leads to node "${edge.target}", which does not exist; reconnect it`,
      });
    }
    const outcomes = outcomeIds(source);
    if (!outcomes.includes(edge.sourceHandle)) {
      const have = outcomes.length ? outcomes.join(', ') : 'none';
      findings.push({
        code: 'edge-unknown-outcome',
        severity: 'error',
        edgeId: edge.id,
        nodeId: source.id,
        message: `${from} has no outcome "${edge.sourceHandle}" (its outcomes: ${have}); connection ${edge.id} is never taken`,
      });
    }
    if (target?.type === 'incoming-call') {
      findings.push({
        code: 'edge-into-entry',
        severity: 'error',
        edgeId: edge.id,
        nodeId: source.id,
        message: `${from}: connection ${edge.id} leads back to ${describeNode(target)}; a call cannot start again, connect it to the node after the start instead`,
      });
    }
  }
  return findings;
};
