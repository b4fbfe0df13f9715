import { callerDecision, OTHER_CALLER_OUTCOME } from '@ringflow/shared';
import { leaveBy, type NodeCompiler } from '../define.js';

/**
 * Decided the moment the call arrives here, from the caller's number in
 * context: one eventless guarded transition per rule, in order, so the first
 * rule that matches wins, then `other`.
 */
export const routeByCallerCompiler: NodeCompiler<'route-by-caller'> = {
  state: (node, ctx) => ({
    always: [
      ...node.data.rules.map((rule) => ({
        guard: { type: 'callerMatches' as const, params: { match: rule.match } },
        ...leaveBy(ctx, rule.id),
      })),
      leaveBy(ctx, OTHER_CALLER_OUTCOME),
    ],
  }),
  instruction: () => null,
  events: () => [],
  explain: (node, context) => callerDecision(node.data.rules, context.call.from).text,
};
