import type { FlowDocument } from '@ringflow/shared';
import { useMemo } from 'react';
import type { PublishedRevision } from '../api/types.js';
import { diffMarks } from './diff-marks.js';
import { toDocument } from './document.js';
import { useNodesAtRest } from './moves.js';
import { RevisionsPanel } from './RevisionsPanel.js';
import { selectEdges, selectMeta } from './selectors.js';
import { designerStore } from './store.js';
import { useDesigner } from './use-designer.js';

/**
 * The revision history in place of the settings panel. It compares against
 * the draft as drawn, so it reads the whole flow, but only while it is open,
 * and a dragged node counts once it is let go, not on every frame.
 */
export function HistorySidebar({
  flowId,
  onRolledBack,
}: {
  flowId: string;
  onRolledBack(r: PublishedRevision): void;
}) {
  const meta = useDesigner(selectMeta);
  const nodes = useNodesAtRest();
  const edges = useDesigner(selectEdges);
  const removed = useDesigner((s) => s.diff?.removed);
  const draft = useMemo(
    () => toDocument(meta, nodes, edges) as unknown as FlowDocument,
    [meta, nodes, edges],
  );
  return (
    <aside className="designer-settings" aria-label="Revision history">
      <RevisionsPanel
        flowId={flowId}
        draft={draft}
        onShowDiff={(diff, number) =>
          designerStore.getState().setDiff(diff && number !== null ? diffMarks(diff, number) : null)
        }
        onRolledBack={onRolledBack}
      />
      {removed && removed.length > 0 && (
        <p className="diff-removed">Removed since that revision: {removed.join(', ')}</p>
      )}
    </aside>
  );
}
