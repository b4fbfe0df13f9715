/**
 * @module
 * The revision history beside the canvas: who published what and when, a
 * comparison of any revision with the draft, and rollback.
 */
import type { FlowDocument } from '@ringflow/shared';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.js';
import type { ApiReply, PublishedRevision, Revision } from '../api/types.js';
import { ErrorBox, Loading } from '../ui/status.js';
import { useResource } from '../ui/use-resource.js';
import { diffDocuments, type FlowDiff } from './lib/diff.js';
import { RevisionItem } from './RevisionItem.js';
import './panels.css';

export interface RevisionsPanelProps {
  flowId: string;
  /** The draft as it is on the canvas now; a comparison follows its edits. */
  draft: FlowDocument;
  /**
   * The comparison to mark on the canvas (what the draft adds, removes and
   * changes relative to that revision), or `(null, null)` when it is closed.
   */
  onShowDiff(diff: ReturnType<typeof diffDocuments> | null, revisionNumber: number | null): void;
  /** After a rollback: the server has published the revision again and reset the draft to it. Reload the flow. */
  onRolledBack(revision: PublishedRevision): void;
}

/**
 * Lists the flow's revisions, newest first, with compare and rollback.
 *
 * @example
 * <RevisionsPanel flowId={id} draft={document}
 *   onShowDiff={(diff, n) => setDiffMarks(diff, n)}
 *   onRolledBack={() => flow.reload()} />
 */
export function RevisionsPanel({ flowId, draft, onShowDiff, onRolledBack }: RevisionsPanelProps) {
  const list = useResource(`revisions:${flowId}`, () =>
    api<ApiReply<'/flows/{id}/revisions', 'get'>>('GET', `/flows/${flowId}/revisions`),
  );
  const [compared, setCompared] = useState<{ revision: Revision; diff: FlowDiff } | null>(null);
  // Revisions never change, so each is fetched once.
  const cache = useRef(new Map<number, Revision>());
  const show = useRef(onShowDiff);
  show.current = onShowDiff;

  // Keep an open comparison in step with edits on the canvas.
  const comparedRevision = compared?.revision;
  useEffect(() => {
    if (!comparedRevision) return;
    const diff = diffDocuments(comparedRevision.document, draft);
    setCompared({ revision: comparedRevision, diff });
    show.current(diff, comparedRevision.number);
  }, [comparedRevision, draft]);

  const compare = async (number: number) => {
    let revision = cache.current.get(number);
    if (!revision) {
      revision = await api<Revision>('GET', `/flows/${flowId}/revisions/${number}`);
      cache.current.set(number, revision);
    }
    // The effect above computes the diff and reports it.
    setCompared({ revision, diff: diffDocuments(revision.document, draft) });
  };

  const closeComparison = () => {
    setCompared(null);
    onShowDiff(null, null);
  };

  const rollBack = async (number: number) => {
    const revision = await api<PublishedRevision>('POST', `/flows/${flowId}/rollback`, {
      revision: number,
      message: `Rolled back to revision ${number}`,
    });
    if (compared) closeComparison();
    list.reload();
    onRolledBack(revision);
  };

  const revisions = list.data?.revisions ?? [];
  return (
    <section className="revisions-panel" aria-label="Revision history">
      <header>
        <h2>Revisions</h2>
        <button type="button" className="ghost" onClick={list.reload} disabled={list.loading}>
          Refresh
        </button>
      </header>
      {list.loading && !list.data && <Loading what="revisions" />}
      {list.error ? <ErrorBox error={list.error} retry={list.reload} /> : null}
      {list.data && revisions.length === 0 && (
        <p className="empty">Nothing published yet. Publish the flow to make its first revision.</p>
      )}
      {revisions.length > 0 && (
        <ol className="revision-list">
          {revisions.map((revision, i) => (
            <RevisionItem
              key={revision.id}
              revision={revision}
              live={i === 0}
              diff={compared?.revision.number === revision.number ? compared.diff : null}
              onCompare={() => compare(revision.number)}
              onCloseComparison={closeComparison}
              onRollBack={() => rollBack(revision.number)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
