import { DIAL_EVENTS, goTo, type NodeCompiler, type TransitionConfig } from '../define.js';

/**
 * Simultaneous: one dial to every target, the first to answer wins.
 * Sequential: one dial per target in order; each unanswered ring moves on
 * to the next target without leaving the node.
 */
export const ringUsersCompiler: NodeCompiler<'ring-users'> = {
  state: (node, ctx) => {
    const { strategy, targets } = node.data;
    const moveOn: TransitionConfig[] =
      strategy === 'sequential' && targets.length > 1
        ? [
            {
              guard: { type: 'moreTargets', params: { count: targets.length } },
              actions: ['clock', 'nextTarget'],
            },
          ]
        : [];
    return {
      on: {
        DIAL_RESULT: [
          { guard: 'dialAnswered', ...goTo(ctx, 'answered', 'markAnswered') },
          ...moveOn,
          goTo(ctx, 'no-answer'),
        ],
      },
    };
  },
  instruction: (node, context) => {
    const { strategy, targets, ringSeconds } = node.data;
    const current = targets[context.ringIndex];
    return {
      type: 'dial',
      nodeId: node.id,
      targets: strategy === 'sequential' && current ? [current] : targets,
      ringSeconds,
      strategy,
    };
  },
  events: () => DIAL_EVENTS,
};
