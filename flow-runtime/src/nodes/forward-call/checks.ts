import { describeNode } from '../../validate/describe-node.js';
import type { Finding } from '../../validate/finding.js';
import type { NodeChecks } from '../define.js';

/** A forward with no number goes straight to no-answer. */
export const forwardCallChecks: NodeChecks<'forward-call'> = (node): Finding[] =>
  node.data.number.trim()
    ? []
    : [
        {
          code: 'forward-no-number',
          severity: 'error',
          nodeId: node.id,
          path: ['number'],
          message: `${describeNode(node)} has no number to forward to; enter an international number or a SIP address`,
        },
      ];
