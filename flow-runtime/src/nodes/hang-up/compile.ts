import type { NodeCompiler } from '../define.js';

/** Ends the call; a blocking hang-up marks the call blocked as it is entered, so it ends `blocked`. */
export const hangUpCompiler: NodeCompiler<'hang-up'> = {
  state: (node) =>
    node.data.block ? { type: 'final', entry: ['markBlocked'] } : { type: 'final' },
  instruction: (node) => ({ type: 'hangup', nodeId: node.id }),
  events: () => [],
};
