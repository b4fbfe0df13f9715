import { DIAL_EVENTS, goTo, type NodeCompiler } from '../define.js';

export const forwardCallCompiler: NodeCompiler<'forward-call'> = {
  state: (_node, ctx) => ({
    on: {
      DIAL_RESULT: [
        { guard: 'dialAnswered', ...goTo(ctx, 'answered', 'markAnswered') },
        goTo(ctx, 'no-answer'),
      ],
    },
  }),
  instruction: (node) => ({
    type: 'dial',
    nodeId: node.id,
    targets: node.data.number ? [{ type: 'number', number: node.data.number }] : [],
    ringSeconds: node.data.ringSeconds,
    strategy: 'simultaneous',
    callerId: node.data.callerId,
  }),
  events: () => DIAL_EVENTS,
};
