import { definitionOf, type NameLookup, type NodeKind } from '@ringflow/shared';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo } from 'react';
import { KindIcon } from '../designer/KindIcon.js';
import { nodeView } from '../designer/node-view.js';

/** A node of the read-only call canvas: the flow's node plus what the call did there. */
export interface PathNodeData extends Record<string, unknown> {
  kind: NodeKind;
  data: Record<string, unknown>;
  visited: boolean;
  /** 1-based positions in the call's path ("1", "3, 5" on a loop). */
  steps: number[];
  /** Outcomes the call left this node by. */
  takenOutcomes: string[];
  /** Member and schedule names for the summary line ("Rings Alice, Bob"). */
  names?: NameLookup | undefined;
}
export type PathFlowNode = Node<PathNodeData, 'path'>;

/**
 * About the size a path node is drawn at (admin.css): a header, title and
 * summary, then one row per outcome. For the view before React Flow has
 * measured the nodes.
 */
export function pathNodeSize(data: PathNodeData): { width: number; height: number } {
  const outcomes = definitionOf(data.kind).outcomes(data.data as never).length;
  return { width: 190, height: 66 + (outcomes ? 7 + 20 * outcomes : 0) };
}

/**
 * The flow's node in its kind's colour, dimmed unless the call went through
 * it; visited nodes carry their step numbers. Memoised: the canvas is
 * read-only, so it renders once per call.
 */
function PathNodeImpl({ data }: NodeProps<PathFlowNode>) {
  const definition = definitionOf(data.kind);
  const view = nodeView(data.kind, data.data, data.names);
  const style = { '--kind-color': definition.color } as CSSProperties;
  return (
    <div
      className={data.visited ? 'path-node visited' : 'path-node'}
      style={style}
      data-visited={data.visited}
    >
      {definition.max !== 1 && (
        <Handle type="target" position={Position.Left} isConnectable={false} />
      )}
      <div className="path-node-header">
        <KindIcon name={definition.icon} size={14} />
        <span className="path-node-kind">{definition.label}</span>
        {data.steps.length > 0 && <span className="path-node-step">{data.steps.join(', ')}</span>}
      </div>
      <div className="path-node-title">{view.title}</div>
      <div className="path-node-summary">{view.summary}</div>
      {view.outcomes.length > 0 && (
        <ul className="path-node-outcomes">
          {view.outcomes.map((o) => (
            <li key={o.id} className={data.takenOutcomes.includes(o.id) ? 'taken' : undefined}>
              {o.label}
              <Handle type="source" position={Position.Right} id={o.id} isConnectable={false} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const PathNode = memo(PathNodeImpl);
