import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { Revision } from '../api/types.js';
import { useResource } from '../ui/use-resource.js';
import { toDocument } from './document.js';
import { diffDocuments, diffSummary } from './lib/diff.js';
import type { FlowParts } from './lib/flow-parts.js';
import { selectPublishedNumber } from './selectors.js';
import { designerStore } from './store.js';
import { useDesigner } from './use-designer.js';
import './panels.css';

/** How long edits settle before the draft is compared again: a drag is many edits. */
const SETTLE_MS = 250;

/**
 * Beside Publish: whether the draft differs from the revision calls run, and
 * how ("Draft differs from revision 2: 1 changed · 1 moved"), so unpublished
 * changes are never mistaken for live ones.
 */
export function DraftStatus({ flowId }: { flowId: string }) {
  const published = useDesigner(selectPublishedNumber);
  const edits = useDesigner((s) => s.revision);
  const [differs, setDiffers] = useState<string | null>(null);
  const revision = useResource(`live-revision:${flowId}:${published}`, async () => {
    if (published === null) return null;
    const r = await api<Revision>(
      'GET',
      `/flows/${encodeURIComponent(flowId)}/revisions/${published}`,
    );
    return { number: published, document: r.document };
  });
  const live = revision.stale ? null : (revision.data ?? null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `edits` changes with every edit, which is when to compare again.
  useEffect(() => {
    if (!live) return setDiffers(null);
    const timer = setTimeout(() => {
      const { meta, nodes, edges } = designerStore.getState();
      // The draft may hold what the validator refuses; the diff reads only ids, kinds, data and links.
      const draft = toDocument(meta, nodes, edges) as unknown as FlowParts;
      const summary = diffSummary(diffDocuments(live.document, draft));
      setDiffers(summary === 'No differences' ? null : summary);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [live, edits]);

  if (revision.error && published !== null) {
    return (
      <span className="draft-status" role="status">
        Revision {published} could not be loaded to compare with the draft.{' '}
        <button type="button" className="ghost small" onClick={revision.reload}>
          Try again
        </button>
      </span>
    );
  }
  if (!live || live.number !== published) return null;
  const text = differs
    ? `Draft differs from revision ${live.number}: ${differs}`
    : 'No unpublished changes';
  // On a narrow toolbar the line is cut with an ellipsis; the title keeps all of it a hover away.
  return (
    <span className={`draft-status${differs ? ' differs' : ''}`} role="status" title={text}>
      {text}
    </span>
  );
}
