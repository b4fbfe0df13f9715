import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

/** Edges and the machine's states are addressed by id, so an id must name one thing. */
export const idsRule: Rule = (doc, graph) => {
  const findings: Finding[] = [];
  const nodeIds = new Set<string>();
  for (const node of doc.nodes) {
    if (nodeIds.has(node.id)) {
      findings.push({
        code: 'duplicate-node-id',
        severity: 'error',
        nodeId: node.id,
        message: `${describeNode(node)} has the same id as another step; give it an id of its own`,
      });
    }
    nodeIds.add(node.id);
  }
  const edgeIds = new Set<string>();
  for (const edge of doc.edges) {
    if (edgeIds.has(edge.id)) {
      findings.push({
        code: 'duplicate-edge-id',
        severity: 'error',
        edgeId: edge.id,
        nodeId: graph.nodes.has(edge.source) ? edge.source : undefined,
        message: `Two connections share the id "${edge.id}"; give each its own id`,
      });
    }
    edgeIds.add(edge.id);
  }
  return findings;
};
