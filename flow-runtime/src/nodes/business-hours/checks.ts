import { describeNode } from '../../validate/describe-node.js';
import type { Finding } from '../../validate/finding.js';
import type { NodeChecks } from '../define.js';

/** Business hours route by a schedule; without one there is nothing to decide by. */
export const businessHoursChecks: NodeChecks<'business-hours'> = (node): Finding[] =>
  node.data.scheduleId.trim()
    ? []
    : [
        {
          code: 'no-schedule',
          severity: 'error',
          nodeId: node.id,
          path: ['scheduleId'],
          message: `${describeNode(node)} has no schedule chosen; pick the opening hours it should check`,
        },
      ];
