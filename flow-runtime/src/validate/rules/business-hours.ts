import { describeNode } from '../describe-node.js';
import type { Finding } from '../finding.js';
import type { Rule } from './rule.js';

/**
 * Business hours route by a schedule; without one there is nothing to decide
 * by. An auto-reply's schedule may be null (always the in-hours text), but an
 * empty one is a choice left unmade, as templates leave it.
 */
export const businessHoursRule: Rule = (doc) =>
  doc.nodes.flatMap((node): Finding[] => {
    const at = {
      code: 'no-schedule',
      severity: 'error' as const,
      nodeId: node.id,
      path: ['scheduleId'],
    };
    if (node.type === 'business-hours' && !node.data.scheduleId.trim()) {
      return [
        {
          ...at,
          message: `${describeNode(node)} has no schedule chosen; pick the opening hours it should check`,
        },
      ];
    }
    if (
      node.type === 'auto-reply' &&
      node.data.scheduleId !== null &&
      !node.data.scheduleId.trim()
    ) {
      return [
        {
          ...at,
          message: `${describeNode(node)} has no schedule chosen; pick the opening hours that choose between its texts, or set none to always send the in-hours text`,
        },
      ];
    }
    return [];
  });
