import { isNodeKind } from '@ringflow/shared';
import {
  Background,
  BackgroundVariant,
  type Connection,
  Controls,
  type IsValidConnection,
  MarkerType,
  MiniMap,
  ReactFlow,
} from '@xyflow/react';
import { type DragEvent, useCallback, useMemo } from 'react';
import { connectOnDrop } from './connect-on-drop.js';
import { canConnect } from './connection.js';
import { KIND_MIME } from './drop-position.js';
import { nodeTypes } from './node-types.js';
import { designerStore } from './store.js';
import type { DesignerEdge, DesignerNode } from './types.js';
import { useAddNode } from './use-add-node.js';
import { useDesigner } from './use-designer.js';

// Stable objects outside the component: new identities would make React Flow re-render everything.
const SNAP_GRID: [number, number] = [15, 15];
const DELETE_KEYS = ['Delete', 'Backspace'];
const EDGE_OPTIONS = {
  type: 'smoothstep',
  deletable: true,
  markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
} as const;
const MINIMAP_STYLE = { width: 160, height: 100 };
const FIT_VIEW_OPTIONS = { padding: 0.2, maxZoom: 1 };
const actions = designerStore.getState();

const isValidConnection: IsValidConnection<DesignerEdge> = (c) =>
  canConnect(c, designerStore.getState().nodes);
const onConnect = (c: Connection) => actions.connect(c);
const minimapColor = (n: DesignerNode) => (n.selected ? '#4f46e5' : '#cbd5e1');

/** The React Flow canvas: the only component that reads every node and edge. */
export function Canvas() {
  const nodes = useDesigner((s) => s.nodes);
  const storedEdges = useDesigner((s) => s.edges);
  const tracedEdges = useDesigner((s) => s.trace?.edges);
  // A simulated call's edges are drawn animated; the store keeps the document's edges as they are.
  const edges = useMemo(() => {
    if (!tracedEdges) return storedEdges;
    const taken = new Set(tracedEdges);
    return storedEdges.map((e) =>
      taken.has(e.id) ? { ...e, className: 'sim-taken', animated: true } : e,
    );
  }, [storedEdges, tracedEdges]);
  const addNode = useAddNode();

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(KIND_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_MIME);
      if (!isNodeKind(kind)) return;
      event.preventDefault();
      addNode(kind, { x: event.clientX, y: event.clientY });
    },
    [addNode],
  );

  return (
    <div className="designer-canvas">
      <ReactFlow<DesignerNode, DesignerEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={actions.onNodesChange}
        onEdgesChange={actions.onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={connectOnDrop}
        isValidConnection={isValidConnection}
        onDragOver={onDragOver}
        onDrop={onDrop}
        defaultEdgeOptions={EDGE_OPTIONS}
        deleteKeyCode={DELETE_KEYS}
        snapToGrid
        snapGrid={SNAP_GRID}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.2}
        // Nodes and edges outside the canvas are not in the DOM: on a 500-node flow the browser
        // otherwise repaints and re-layers all of them on every frame of a drag.
        onlyRenderVisibleElements
      >
        <Background variant={BackgroundVariant.Dots} gap={15} size={1} />
        <Controls />
        <MiniMap
          pannable
          zoomable
          style={MINIMAP_STYLE}
          nodeColor={minimapColor}
          ariaLabel="Overview of the flow"
        />
      </ReactFlow>
    </div>
  );
}
