import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

/** A node that dials needs someone to dial; without it the call goes straight to no-answer. */
export const dialRule: Rule = (doc) => {
  const findings: Finding[] = [];
  for (const node of doc.nodes) {
    if (node.type === 'ring-users' && node.data.targets.length === 0) {
      findings.push({
        code: 'ring-nobody',
        severity: 'error',
        nodeId: node.id,
        path: ['targets'],
        message: `${describeNode(node)} has nobody to ring; add a team member or a number`,
      });
    }
    if (node.type === 'forward-call' && !node.data.number.trim()) {
      findings.push({
        code: 'forward-no-number',
        severity: 'error',
        nodeId: node.id,
        path: ['number'],
        message: `${describeNode(node)} has no number to forward to; enter an international number or a SIP address`,
      });
    }
  }
  return findings;
};
