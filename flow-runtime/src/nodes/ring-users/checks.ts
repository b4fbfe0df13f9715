import { describeNode } from '../../validate/describe-node.js';
import type { Finding } from '../../validate/finding.js';
import type { NodeChecks } from '../define.js';

/** A ring with nobody to ring goes straight to no-answer. */
export const ringUsersChecks: NodeChecks<'ring-users'> = (node): Finding[] =>
  node.data.targets.length === 0
    ? [
        {
          code: 'ring-nobody',
          severity: 'error',
          nodeId: node.id,
          path: ['targets'],
          message: `${describeNode(node)} has nobody to ring; add a team member or a number`,
        },
      ]
    : [];
