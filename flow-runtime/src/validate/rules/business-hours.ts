import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

/** Business hours route by a schedule; without one there is nothing to decide by. */
export const businessHoursRule: Rule = (doc) =>
  doc.nodes.flatMap((node): Finding[] =>
    node.type === 'business-hours' && !node.data.scheduleId.trim()
      ? [
          {
            code: 'no-schedule',
            severity: 'error',
            nodeId: node.id,
            path: ['scheduleId'],
            message: `${describeNode(node)} has no schedule chosen (scheduleId); pick the opening hours it should check`,
          },
        ]
      : [],
  );
