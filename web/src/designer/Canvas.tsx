import { isNodeKind } from '@ringflow/shared';
import {
  Background,
  BackgroundVariant,
  type Connection,
  ControlButton,
  Controls,
  type InternalNode,
  type IsValidConnection,
  MarkerType,
  MiniMap,
  ReactFlow,
} from '@xyflow/react';
import { Maximize } from 'lucide-react';
import { type DragEvent, useCallback, useMemo } from 'react';
import { connectOnDrop } from './connect-on-drop.js';
import { canConnect } from './connection.js';
import { KIND_MIME } from './drop-position.js';
import { nodeSize } from './lib/layout.js';
import { useNodesAtRest } from './moves.js';
import { nodeTypes } from './node-types.js';
import { EdgeRoutesContext, edgeTypes } from './RoutedEdge.js';
import { selectEdges, selectNodes } from './selectors.js';
import { designerStore } from './store.js';
import type { DesignerEdge, DesignerNode } from './types.js';
import { useAddNode } from './use-add-node.js';
import { useDesigner } from './use-designer.js';
import { useDesignerFit } from './use-designer-fit.js';
import { geometryKey, useEdgeRoutes } from './use-edge-routes.js';
import { useFollowCurrent } from './use-follow-current.js';
import { useFitOnOpen } from './use-readable-view.js';

// Stable objects outside the component: new identities would make React Flow re-render everything.
const SNAP_GRID: [number, number] = [15, 15];
const DELETE_KEYS = ['Delete', 'Backspace'];
const EDGE_OPTIONS = {
  type: 'routed',
  deletable: true,
  markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
} as const;
const MINIMAP_STYLE = { width: 160, height: 100 };
const actions = designerStore.getState();

const isValidConnection: IsValidConnection<DesignerEdge> = (c) =>
  canConnect(c, designerStore.getState().nodes);
const onConnect = (c: Connection) => actions.connect(c);
const minimapColor = (n: DesignerNode) => (n.selected ? '#4f46e5' : '#cbd5e1');
const estimate = (n: InternalNode) => nodeSize(n as unknown as Parameters<typeof nodeSize>[0]);

/** The React Flow canvas: the only component that reads every node and edge. */
export function Canvas() {
  const nodes = useDesigner(selectNodes);
  const storedEdges = useDesigner(selectEdges);
  const tracedEdges = useDesigner((s) => s.trace?.edges);
  // A simulated call's edges are drawn animated, after (so over) the others; the store keeps the
  // document's edges as they are.
  const edges = useMemo(() => {
    if (!tracedEdges) return storedEdges;
    const taken = new Set(tracedEdges);
    return [
      ...storedEdges.filter((e) => !taken.has(e.id)),
      ...storedEdges
        .filter((e) => taken.has(e.id))
        .map((e) => ({ ...e, className: 'sim-taken', animated: true })),
    ];
  }, [storedEdges, tracedEdges]);
  const addNode = useAddNode();
  // Routed again when steps come to rest, not at every frame of a drag.
  const resting = useNodesAtRest();
  const geometry = useMemo(() => geometryKey(resting), [resting]);
  const routes = useEdgeRoutes(geometry, storedEdges, estimate);
  const fit = useDesignerFit();
  useFitOnOpen(fit);
  useFollowCurrent();

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
      <EdgeRoutesContext.Provider value={routes}>
        <ReactFlow<DesignerNode, DesignerEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
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
          // The view opens at a readable zoom (useFitOnOpen), not shrunk to fit; zooming out is the
          // admin's choice.
          minZoom={0.2}
          // Nodes and edges outside the canvas are not in the DOM: on a 500-node flow the browser
          // otherwise repaints and re-layers all of them on every frame of a drag.
          onlyRenderVisibleElements
        >
          <Background variant={BackgroundVariant.Dots} gap={15} size={1} />
          <Controls showFitView={false}>
            <ControlButton
              onClick={() => fit()}
              className="react-flow__controls-fitview"
              title="Fit the flow at a readable size"
              aria-label="Fit the flow"
            >
              <Maximize aria-hidden="true" />
            </ControlButton>
          </Controls>
          <MiniMap
            pannable
            zoomable
            style={MINIMAP_STYLE}
            nodeColor={minimapColor}
            ariaLabel="Overview of the flow"
          />
        </ReactFlow>
      </EdgeRoutesContext.Provider>
    </div>
  );
}
