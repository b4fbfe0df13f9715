import { hoursDecision } from '../../simulate/hours-reason.js';
import { leaveBy, type NodeCompiler, type TransitionConfig } from '../define.js';

/**
 * Decided the moment the call arrives here, from the call's own clock in
 * context: eventless guarded transitions, so a simulator can set any instant.
 */
export const businessHoursCompiler: NodeCompiler<'business-hours'> = {
  state: (node, ctx) => {
    const params = { scheduleId: node.data.scheduleId };
    const holiday: TransitionConfig[] = node.data.holidayBranch
      ? [{ guard: { type: 'scheduleHoliday', params }, ...leaveBy(ctx, 'holiday') }]
      : [];
    return {
      always: [
        ...holiday,
        { guard: { type: 'scheduleOpen', params }, ...leaveBy(ctx, 'open') },
        leaveBy(ctx, 'closed'),
      ],
    };
  },
  instruction: () => null,
  events: () => [],
  explain: (node, context) =>
    hoursDecision(node.data, context.schedules, new Date(context.now)).text,
};
