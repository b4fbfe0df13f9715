import { NODE_KINDS, type NodeKind } from '@ringflow/shared';
import type { NodeTypes } from '@xyflow/react';
import { FlowNodeView } from './FlowNodeView.js';

/**
 * Declared once, outside any component: React Flow re-creates every node
 * when this object changes identity.
 */
export const nodeTypes = Object.fromEntries(
  NODE_KINDS.map((kind) => [kind, FlowNodeView]),
) as Record<NodeKind, typeof FlowNodeView> satisfies NodeTypes;
