import type { NodeKind } from '@ringflow/shared';
import type { Edge, Node } from '@xyflow/react';

/**
 * A node's `data` as the canvas holds it: whatever the admin typed, valid or
 * not, so half-typed input is never thrown away. The kind's zod schema
 * decides whether it is valid.
 */
export type NodeData = Record<string, unknown>;

/** A node in React Flow's shape; `type` is the node kind. */
export type DesignerNode = Node<NodeData, NodeKind>;
export type DesignerEdge = Edge;

/** The parts of the flow document that are not nodes or edges. */
export interface DocumentMeta {
  name: string;
  description: string;
  viewport?: { x: number; y: number; zoom: number };
}

/** Where the draft stands with the server. */
export type SaveState =
  | { status: 'saved' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'error'; reason: string; retry: boolean };
