import type { NodeCompiler } from '../define.js';

/**
 * Reaching an auto-reply ends the call: the caller hears the hang-up, and the
 * machine's output names this node so the text is sent once the call is over.
 */
export const autoReplyCompiler: NodeCompiler<'auto-reply'> = {
  state: () => ({ type: 'final' }),
  instruction: (node) => ({ type: 'hangup', nodeId: node.id }),
  events: () => [],
  textsAtEnd: (node) => ({ onCallerHangUp: node.data.onCallerHangUp }),
};
