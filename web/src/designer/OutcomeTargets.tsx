import { useMemo } from 'react';
import './keyboard.css';
import { nodeView } from './node-view.js';
import { outcomeSelectId, type TargetChoice, targetChoices } from './outcome-targets.js';
import { selectEdges, selectNames } from './selectors.js';
import { designerStore } from './store.js';
import type { DesignerNode } from './types.js';
import { useDesigner } from './use-designer.js';

/** The select's value for an outcome left unconnected (the call hangs up when it is taken). */
const NONE = '';

/**
 * "Then go to": one select per outcome of a step, the keyboard's way to wire
 * a flow (as Twilio Studio's inspector has). Choosing a step connects the
 * outcome, replacing its connection; "Hang up (not connected)" removes it.
 * Each change is one undo step.
 */
export function OutcomeTargets({ node }: { node: Pick<DesignerNode, 'id' | 'type' | 'data'> }) {
  const { id, type, data } = node;
  const names = useDesigner(selectNames);
  const outcomes = useMemo(() => nodeView(type, data, names).outcomes, [type, data, names]);
  // As text, so moving a step (a new nodes array on every frame) does not re-render the panel.
  const choicesText = useDesigner((s) => JSON.stringify(targetChoices(s.nodes, id)));
  const choices = useMemo(() => JSON.parse(choicesText) as TargetChoice[], [choicesText]);
  const edges = useDesigner(selectEdges);
  if (outcomes.length === 0) return null;

  const targetOf = (outcome: string) =>
    edges.find((e) => e.source === id && e.sourceHandle === outcome)?.target ?? NONE;
  return (
    <fieldset className="field outcome-targets">
      <legend>Then go to</legend>
      <p className="hint outcome-targets-hint">Where the call goes after each outcome.</p>
      {outcomes.map((o) => {
        const selectId = outcomeSelectId(id, o.id);
        const current = targetOf(o.id);
        return (
          <div key={o.id} className="outcome-target">
            <label htmlFor={selectId} className="outcome-target-label">
              {o.label}
            </label>
            <select
              id={selectId}
              data-outcome={o.id}
              value={current}
              onChange={(e) =>
                designerStore.getState().setOutcomeTarget(id, o.id, e.target.value || null)
              }
            >
              <option value={NONE}>Hang up (not connected)</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
              {/* A connection drawn back into the step itself is not offered, but is shown as it is. */}
              {current !== NONE && !choices.some((c) => c.id === current) && (
                <option value={current}>{current === id ? 'This step again' : current}</option>
              )}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
