import { describeNode } from '../../validate/describe-node.js';
import type { Finding } from '../../validate/finding.js';
import { repeatedKeys } from '../../validate/repeated-keys.js';
import type { NodeChecks } from '../define.js';

/** A key pressed during a voicemail greeting leads one way only, as a menu's keys do. */
export const voicemailChecks: NodeChecks<'voicemail'> = (node) => {
  const findings: Finding[] = [];
  for (const { index, first, key } of repeatedKeys(node.data.keys ?? [], (k) => k.digit)) {
    findings.push({
      code: 'voicemail-duplicate-key',
      severity: 'error',
      nodeId: node.id,
      path: ['keys', index],
      message: `${describeNode(node)}: key ${key} is listed twice during the greeting, as key ${first + 1} and key ${index + 1}; give each key its own digit`,
    });
  }
  return findings;
};
