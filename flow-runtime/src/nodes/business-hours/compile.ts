import type { NodeCompiler, TransitionConfig } from '../define.js';

/**
 * Decided the moment the call arrives here, from the call's own clock in
 * context: eventless guarded transitions, so a simulator can set any instant.
 */
export const businessHoursCompiler: NodeCompiler<'business-hours'> = {
  state: (node, ctx) => {
    const params = { scheduleId: node.data.scheduleId };
    const holiday: TransitionConfig[] = node.data.holidayBranch
      ? [{ guard: { type: 'scheduleHoliday', params }, target: ctx.next('holiday'), reenter: true }]
      : [];
    return {
      always: [
        ...holiday,
        { guard: { type: 'scheduleOpen', params }, target: ctx.next('open'), reenter: true },
        { target: ctx.next('closed'), reenter: true },
      ],
    };
  },
  instruction: () => null,
  events: () => [],
};
