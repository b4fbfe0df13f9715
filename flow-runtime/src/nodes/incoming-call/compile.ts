import { leaveBy, type NodeCompiler } from '../define.js';

/** The entry decides nothing: it passes straight to whatever `next` connects to. */
export const incomingCallCompiler: NodeCompiler<'incoming-call'> = {
  state: (_node, ctx) => ({ always: [leaveBy(ctx, 'next')] }),
  instruction: () => null,
  events: () => [],
};
