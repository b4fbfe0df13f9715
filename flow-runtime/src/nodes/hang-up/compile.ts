import type { NodeCompiler } from '../define.js';

export const hangUpCompiler: NodeCompiler<'hang-up'> = {
  state: () => ({ type: 'final' }),
  instruction: (node) => ({ type: 'hangup', nodeId: node.id }),
  events: () => [],
};
