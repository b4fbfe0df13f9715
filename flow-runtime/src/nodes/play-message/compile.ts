import { goTo, type NodeCompiler, promptInstruction } from '../define.js';

/** Waits for the provider to report the message played, then moves on. */
export const playMessageCompiler: NodeCompiler<'play-message'> = {
  state: (_node, ctx) => ({ on: { PLAYBACK_DONE: [goTo(ctx, 'next')] } }),
  instruction: (node) => promptInstruction(node.id, node.data.prompt),
  events: () => [{ type: 'PLAYBACK_DONE' }],
};
