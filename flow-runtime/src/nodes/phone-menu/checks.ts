import { describeNode } from '../../validate/describe-node.js';
import type { Finding } from '../../validate/finding.js';
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
  const firstByDigit = new Map<string, number>();
  node.data.options.forEach((option, index) => {
    const first = firstByDigit.get(option.digit);
    if (first === undefined) {
      firstByDigit.set(option.digit, index);
      return;
    }
    findings.push({
      code: 'menu-duplicate-digit',
      severity: 'error',
      nodeId: node.id,
      path: ['options', index],
      message: `${name}: key ${option.digit} is used by option ${first + 1} and option ${index + 1}; give each option its own key`,
    });
  });
  return findings;
};
