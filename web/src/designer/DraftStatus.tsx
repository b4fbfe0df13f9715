import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { Revision } from '../api/types.js';
import { toDocument } from './document.js';
import { diffDocuments, diffSummary } from './lib/diff.js';
import type { FlowParts } from './lib/flow-parts.js';
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
  const published = useDesigner((s) => s.publishedNumber);
  const edits = useDesigner((s) => s.revision);
  const [live, setLive] = useState<{ number: number; document: FlowParts } | null>(null);
  const [differs, setDiffers] = useState<string | null>(null);

  useEffect(() => {
    if (published === null) return setLive(null);
    let current = true;
    api<Revision>('GET', `/flows/${encodeURIComponent(flowId)}/revisions/${published}`)
      .then((r) => current && setLive({ number: published, document: r.document }))
      .catch(() => current && setLive(null));
    return () => {
      current = false;
    };
  }, [flowId, published]);

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
