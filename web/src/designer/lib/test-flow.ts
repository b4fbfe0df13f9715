import type { FlowDocument, FlowEdge, FlowNode, NodeKind } from '@ringflow/shared';
import { nodeDefinitions } from '@ringflow/shared';

/** A node of `type` with its defaults, for tests. */
export function testNode(type: NodeKind, id: string, x = 0, y = 0): FlowNode {
  return { id, type, position: { x, y }, data: nodeDefinitions[type].defaults() } as FlowNode;
}

/** An edge `source --handle--> target` with a readable id, for tests. */
export function testEdge(source: string, sourceHandle: string, target: string): FlowEdge {
  return { id: `${source}>${sourceHandle}>${target}`, source, sourceHandle, target };
}

/** Entry -> ring -> (no-answer) voicemail -> hang-up: small, but with every kind of link. */
export function sampleFlow(): FlowDocument {
  return {
    schemaVersion: 1,
    name: 'Main line',
    description: '',
    nodes: [
      testNode('incoming-call', 'start'),
      testNode('ring-users', 'ring', 300),
      testNode('voicemail', 'vm', 600),
      testNode('hang-up', 'bye', 900),
    ],
    edges: [
      testEdge('start', 'next', 'ring'),
      testEdge('ring', 'no-answer', 'vm'),
      testEdge('ring', 'answered', 'bye'),
      testEdge('vm', 'recorded', 'bye'),
    ],
  };
}
