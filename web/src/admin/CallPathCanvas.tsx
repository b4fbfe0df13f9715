import type { FlowDocument, NameLookup, NodeKind } from '@ringflow/shared';
import { Background, Controls, type Edge, MarkerType, ReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import { highlightPath } from './call-path.js';
import { type PathFlowNode, PathNode } from './PathNode.js';

// Declared once at module level: React Flow re-creates nodes when this object changes.
const nodeTypes = { path: PathNode };

const TAKEN = '#4f46e5';
const NOT_TAKEN = '#cbd5e1';

/** The revision's flow, read-only, with the nodes the call visited and the edges it took highlighted. */
export function CallPathCanvas({
  document,
  path,
  names,
}: {
  document: FlowDocument;
  path: string[];
  names?: NameLookup | undefined;
}) {
  const { nodes, edges } = useMemo(() => {
    const lit = highlightPath(path, document.edges);
    const taken = document.edges.filter((e) => lit.edges.has(e.id));
    const nodes: PathFlowNode[] = document.nodes.map((n) => ({
      id: n.id,
      type: 'path',
      position: n.position,
      data: {
        kind: n.type as NodeKind,
        data: n.data as Record<string, unknown>,
        visited: lit.nodes.has(n.id),
        steps: lit.steps.get(n.id) ?? [],
        takenOutcomes: taken.filter((e) => e.source === n.id).map((e) => e.sourceHandle),
        names,
      },
    }));
    const edges: Edge[] = document.edges.map((e) => {
      const on = lit.edges.has(e.id);
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        sourceHandle: e.sourceHandle,
        animated: on,
        className: on ? 'taken' : 'not-taken',
        zIndex: on ? 1 : 0,
        style: { stroke: on ? TAKEN : NOT_TAKEN, strokeWidth: on ? 3 : 1.5 },
        markerEnd: { type: MarkerType.ArrowClosed, color: on ? TAKEN : NOT_TAKEN },
      };
    });
    return { nodes, edges };
  }, [document, path, names]);

  return (
    <div className="call-canvas" data-testid="call-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        minZoom={0.2}
      >
        <Background gap={16} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
