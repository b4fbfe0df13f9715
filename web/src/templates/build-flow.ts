/**
 * @module
 * Small builders that keep the template files about the call, not about
 * JSON: a node is its kind plus what differs from the kind's defaults.
 */
import {
  FLOW_SCHEMA_VERSION,
  type FlowDocument,
  type FlowNode,
  type NodeData,
  type NodeKind,
  nodeDefinitions,
} from '@ringflow/shared';
import { autoLayout } from '../designer/lib/layout.js';

/** A node with its kind's defaults, overridden by `data`; placed later by the layout. */
export function node<K extends NodeKind>(
  type: K,
  id: string,
  data: Partial<NodeData<K>> = {},
): FlowNode {
  const defaults = nodeDefinitions[type].defaults() as NodeData<K>;
  return { id, type, position: { x: 0, y: 0 }, data: { ...defaults, ...data } } as FlowNode;
}

/** `[source node, outcome, target node]`. */
export type Connection = readonly [string, string, string];

/**
 * A whole flow from its nodes and connections, laid out left to right.
 *
 * @example
 * flow('Main line', 'Rings the team', [node('incoming-call', 'start'), ...], [['start', 'next', 'ring']]);
 */
export function flow(
  name: string,
  description: string,
  nodes: FlowNode[],
  connections: readonly Connection[],
): FlowDocument {
  const edges = connections.map(([source, sourceHandle, target]) => ({
    id: `e-${source}-${sourceHandle}`,
    source,
    sourceHandle,
    target,
  }));
  return autoLayout({ schemaVersion: FLOW_SCHEMA_VERSION, name, description, nodes, edges });
}
