import { definitionOf } from '@ringflow/shared';
import { Handle, type NodeProps, Position, useUpdateNodeInternals } from '@xyflow/react';
import { AlertTriangle, CircleAlert } from 'lucide-react';
import { type CSSProperties, type KeyboardEvent, memo, useEffect, useMemo, useRef } from 'react';
import { KindIcon } from './KindIcon.js';
import './keyboard.css';
import { nodeView } from './node-view.js';
import { outcomeSelectId } from './outcome-targets.js';
import { selectNames } from './selectors.js';
import { designerStore } from './store.js';
import type { DesignerNode } from './types.js';
import { useDesigner } from './use-designer.js';

/**
 * Every node kind on the canvas: a header in the kind's colour, the summary
 * line, and one labelled handle per outcome. Memoised, and it reads only its
 * own findings from the store, so moving one node re-renders one node.
 */
function FlowNodeViewImpl({ id, type, data, selected }: NodeProps<DesignerNode>) {
  const definition = definitionOf(type);
  const names = useDesigner(selectNames);
  const findings = useDesigner((s) => s.findingsByNode[id]);
  const mark = useDesigner((s) => s.diff?.byNode[id]);
  const traced = useDesigner((s) =>
    s.trace?.current === id ? ' sim-current' : s.trace?.passed.includes(id) ? ' sim-passed' : '',
  );
  const view = useMemo(() => nodeView(type, data, names), [type, data, names]);

  // Handles come and go with the data (menu options): React Flow must measure them again. Not on
  // mount: React Flow measures new nodes itself, and an early call would fit the view to one node.
  const updateNodeInternals = useUpdateNodeInternals();
  const handleKey = view.outcomes.map((o) => o.id).join('|');
  const measuredKey = useRef(handleKey);
  useEffect(() => {
    if (measuredKey.current === handleKey) return;
    measuredKey.current = handleKey;
    updateNodeInternals(id);
  }, [id, handleKey, updateNodeInternals]);

  const errors = findings?.filter((f) => f.severity === 'error').length ?? 0;
  const warnings = (findings?.length ?? 0) - errors;
  const style = { '--kind-color': definition.color } as CSSProperties;
  return (
    <div
      className={`flow-node${selected ? ' selected' : ''}${errors ? ' has-error' : ''}${mark ? ` diff-${mark}` : ''}${traced}`}
      style={style}
      data-testid={`node-${id}`}
    >
      {definition.max !== 1 && (
        <Handle type="target" position={Position.Left} className="target-handle" />
      )}
      <div className="flow-node-header">
        <KindIcon name={definition.icon} />
        <span className="flow-node-title">{view.title}</span>
        {mark && <span className="diff-tag">{mark}</span>}
        {errors > 0 && (
          <span className="finding-badge error" title={findings?.[0]?.message}>
            <CircleAlert size={12} aria-hidden="true" /> {errors}
          </span>
        )}
        {!errors && warnings > 0 && (
          <span className="finding-badge warning" title={findings?.[0]?.message}>
            <AlertTriangle size={12} aria-hidden="true" /> {warnings}
          </span>
        )}
      </div>
      <div className="flow-node-summary">{view.summary}</div>
      {view.outcomes.length > 0 && (
        <ul className="flow-node-outcomes">
          {view.outcomes.map((o) => (
            <li key={o.id} className="flow-node-outcome">
              <span>{o.label}</span>
              <Handle
                type="source"
                position={Position.Right}
                id={o.id}
                className="outcome-handle"
                data-outcome={o.id}
                title={`Drag to connect "${o.label}"`}
                // Reachable with Tab; Enter hands over to the outcome's "Then go to" select.
                tabIndex={0}
                role="button"
                aria-label={`${o.label}: press Enter to choose where it goes`}
                onKeyDown={(event) => chooseTarget(event, id, o.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const FlowNodeView = memo(FlowNodeViewImpl);

/**
 * Enter or Space on an outcome's handle selects its step and moves the focus
 * to that outcome's select in the settings panel, where the keyboard can
 * connect it (a handle can only be dragged).
 */
function chooseTarget(event: KeyboardEvent, nodeId: string, outcome: string): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  // The node around the handle would take Enter as "select me" and keep the focus.
  event.stopPropagation();
  designerStore.getState().select([nodeId]);
  // The panel renders the step's form after this event: focus its select once it is there.
  requestAnimationFrame(() => document.getElementById(outcomeSelectId(nodeId, outcome))?.focus());
}
