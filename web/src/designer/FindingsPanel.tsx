import type { Finding } from '@ringflow/flow-runtime';
import { useReactFlow } from '@xyflow/react';
import { AlertTriangle, CheckCircle2, ChevronDown, ChevronUp, CircleAlert } from 'lucide-react';
import { useState } from 'react';
import { designerStore } from './store.js';
import { useDesigner } from './use-designer.js';
import { boxOf } from './use-designer-fit.js';

/** The validator's findings; clicking one selects its node and brings it into view. */
export function FindingsPanel() {
  const findings = useDesigner((s) => s.findings);
  const { setCenter, getZoom } = useReactFlow();
  const errors = findings.filter((f) => f.severity === 'error').length;
  // On a short screen (1280x720) the list starts folded, leaving the canvas its height.
  const [open, setOpen] = useState(() => window.innerHeight >= 800);

  const show = (finding: Finding) => {
    const { nodeId } = finding;
    const node = designerStore.getState().nodes.find((n) => n.id === nodeId);
    if (!nodeId || !node) return;
    designerStore.getState().select([nodeId]);
    const box = boxOf(node);
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, {
      zoom: Math.max(getZoom(), 1),
      duration: 300,
    });
  };

  return (
    <section className={`designer-findings${open ? '' : ' folded'}`} aria-label="Findings">
      <h2>
        {findings.length === 0 ? (
          <>
            <CheckCircle2 size={14} className="ok" aria-hidden="true" /> No problems found
          </>
        ) : (
          `${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}`
        )}
        {findings.length > 0 && (
          <button
            type="button"
            className="ghost findings-toggle"
            aria-expanded={open}
            aria-controls="designer-findings-list"
            onClick={() => setOpen(!open)}
          >
            {open ? (
              <ChevronDown size={14} aria-hidden="true" />
            ) : (
              <ChevronUp size={14} aria-hidden="true" />
            )}
            {open ? 'Hide' : 'Show'}
          </button>
        )}
      </h2>
      <ul id="designer-findings-list" hidden={!open}>
        {findings.map((f) => (
          <li key={`${f.code}|${f.nodeId}|${f.edgeId}|${f.path?.join('.')}|${f.message}`}>
            <button
              type="button"
              className={`finding ${f.severity}`}
              disabled={!f.nodeId}
              onClick={() => show(f)}
            >
              {f.severity === 'error' ? (
                <CircleAlert size={14} aria-label="Error" />
              ) : (
                <AlertTriangle size={14} aria-label="Warning" />
              )}
              <span>{f.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
