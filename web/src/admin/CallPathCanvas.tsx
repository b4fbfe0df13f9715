import type { TakenOutcome } from '@ringflow/flow-runtime';
import { type FlowDocument, isEntryKind, type NameLookup, type NodeKind } from '@ringflow/shared';
import {
  Background,
  ControlButton,
  Controls,
  type Edge,
  type InternalNode,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
  type ReactFlowState,
  useStore,
} from '@xyflow/react';
import { Maximize } from 'lucide-react';
import { useCallback, useMemo } from 'react';
import { EdgeRoutesContext, edgeTypes } from '../designer/RoutedEdge.js';
import { useEdgeRoutes } from '../designer/use-edge-routes.js';
import { useFitOnOpen, useReadableFit } from '../designer/use-readable-view.js';
import { highlightPath } from './call-path.js';
import { type PathFlowNode, PathNode, pathNodeSize } from './PathNode.js';

// Declared once at module level: React Flow re-creates nodes when this object changes.
const nodeTypes = { path: PathNode };
const estimate = (n: InternalNode) => pathNodeSize((n as unknown as PathFlowNode).data);
// What React Flow has measured of the steps (size, handles): the canvas is read-only, so the
// steps only change size as they are first drawn and their fonts arrive.
const measuredSizes = (s: ReactFlowState) =>
  Array.from(
    s.nodeLookup.values(),
    (n) => `${n.measured.width}x${n.measured.height}${n.internals.handleBounds ? '+' : ''}`,
  ).join();

const TAKEN = '#4f46e5';
const NOT_TAKEN = '#cbd5e1';

/**
 * The revision's flow, read-only, with the nodes the call visited and the
 * edges it took highlighted; it opens at a readable zoom, from the entry when
 * the flow is larger than the frame.
 */
export function CallPathCanvas(props: Parameters<typeof PathCanvas>[0]) {
  return (
    <ReactFlowProvider>
      <PathCanvas {...props} />
    </ReactFlowProvider>
  );
}

function PathCanvas({
  document,
  path,
  route,
  names,
}: {
  document: FlowDocument;
  path: string[];
  /** The outcomes the call's events took; without them only unambiguous connections are marked. */
  route?: readonly TakenOutcome[] | undefined;
  names?: NameLookup | undefined;
}) {
  const { nodes, edges } = useMemo(() => {
    const lit = highlightPath(path, document.edges, route);
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
        type: 'routed',
        source: e.source,
        target: e.target,
        sourceHandle: e.sourceHandle,
        animated: on,
        className: on ? 'taken' : 'not-taken',
        style: { stroke: on ? TAKEN : NOT_TAKEN, strokeWidth: on ? 3 : 1.5 },
        markerEnd: { type: MarkerType.ArrowClosed, color: on ? TAKEN : NOT_TAKEN },
      };
    });
    // The call's edges last, so drawn over the others, but under the steps: a raised edge would
    // run over the steps it passes.
    edges.sort((a, b) => Number(a.animated) - Number(b.animated));
    return { nodes, edges };
  }, [document, path, route, names]);

  const routes = useEdgeRoutes(useStore(measuredSizes), edges, estimate);
  const read = useCallback(
    () => ({
      boxes: nodes.map((n) => ({ id: n.id, ...n.position, ...pathNodeSize(n.data) })),
      anchorId: document.nodes.find((n) => isEntryKind(n.type))?.id,
    }),
    [nodes, document],
  );
  const fit = useReadableFit(read);
  useFitOnOpen(fit);

  return (
    <div className="call-canvas" data-testid="call-canvas">
      <EdgeRoutesContext.Provider value={routes}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          edgesFocusable={false}
          minZoom={0.2}
        >
          <Background gap={16} />
          <Controls showInteractive={false} showFitView={false}>
            <ControlButton
              onClick={() => fit()}
              className="react-flow__controls-fitview"
              title="Fit the flow at a readable size"
              aria-label="Fit the flow"
            >
              <Maximize aria-hidden="true" />
            </ControlButton>
          </Controls>
        </ReactFlow>
      </EdgeRoutesContext.Provider>
    </div>
  );
}
