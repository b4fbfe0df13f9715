import { describeNode } from '../../validate/describe-node.js';
import type { Finding } from '../../validate/finding.js';
import { repeatedKeys } from '../../validate/repeated-keys.js';
import type { NodeChecks } from '../define.js';

/** A menu routes by the key pressed: it needs keys, and each key can lead one way only. */
export const phoneMenuChecks: NodeChecks<'phone-menu'> = (node) => {
  const findings: Finding[] = [];
  const name = describeNode(node);
  if (node.data.options.length === 0) {
    findings.push({
      code: 'menu-no-options',
      severity: 'error',
      nodeId: node.id,
      path: ['options'],
      message: `${name} has no options, so every caller ends on "no input"; add at least one key`,
    });
  }
  for (const { index, first, key } of repeatedKeys(node.data.options, (o) => o.digit)) {
    findings.push({
      code: 'menu-duplicate-digit',
      severity: 'error',
      nodeId: node.id,
      path: ['options', index],
      message: `${name}: key ${key} is used by option ${first + 1} and option ${index + 1}; give each option its own key`,
    });
  }
  return findings;
};
