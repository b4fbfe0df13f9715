import type { Finding } from '@ringflow/flow-runtime';
import { useState } from 'react';
import type { RevisionSummary } from '../api/types.js';
import { exactTime, relativeTime } from '../ui/dates.js';
import { FindingsList } from './FindingsList.js';
import { errorMessage, findingsOf } from './findings-of.js';
import { diffSummary, type FlowDiff } from './lib/diff.js';

export interface RevisionItemProps {
  revision: RevisionSummary;
  /** The latest revision: the one new calls run. */
  live: boolean;
  /** The comparison with the draft, when this revision is the one compared. */
  diff: FlowDiff | null;
  onCompare(): Promise<void>;
  onCloseComparison(): void;
  onRollBack(): Promise<void>;
}

/** One revision in the history, with its own busy, confirm and error states. */
export function RevisionItem({
  revision,
  live,
  diff,
  onCompare,
  onCloseComparison,
  onRollBack,
}: RevisionItemProps) {
  const [busy, setBusy] = useState<'compare' | 'rollback' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<{ message: string; findings: Finding[] } | null>(null);

  const run = async (what: 'compare' | 'rollback', action: () => Promise<void>) => {
    setBusy(what);
    setFailure(null);
    try {
      await action();
      setConfirming(false);
    } catch (error) {
      setFailure({ message: errorMessage(error), findings: findingsOf(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className={`revision${diff ? ' comparing' : ''}`}>
      <div className="revision-head">
        <span className="revision-number">Revision {revision.number}</span>
        {live && <span className="badge ok">live</span>}
      </div>
      <p className={`revision-message${revision.message ? '' : ' none'}`}>
        {revision.message || 'No message'}
      </p>
      <div className="revision-meta">
        {revision.author?.name ?? 'Unknown author'} ·{' '}
        <time dateTime={revision.createdAt} title={exactTime(revision.createdAt)}>
          {relativeTime(revision.createdAt, new Date())}
        </time>
      </div>
      <div className="revision-actions">
        {diff ? (
          <button type="button" onClick={onCloseComparison}>
            Hide comparison
          </button>
        ) : (
          <button type="button" disabled={busy !== null} onClick={() => run('compare', onCompare)}>
            {busy === 'compare' ? 'Comparing…' : 'Compare with draft'}
          </button>
        )}
        {!live && !confirming && (
          <button type="button" disabled={busy !== null} onClick={() => setConfirming(true)}>
            Roll back to this
          </button>
        )}
      </div>
      {diff && (
        <p className="revision-summary" aria-live="polite">
          Draft vs revision {revision.number}: {diffSummary(diff)}
        </p>
      )}
      {confirming && (
        <div className="revision-confirm">
          <p>
            Publish revision {revision.number} again and replace the draft with it? New calls run it
            at once; the draft's unpublished changes are lost.
          </p>
          <div className="revision-actions">
            <button
              type="button"
              className="primary"
              disabled={busy !== null}
              onClick={() => run('rollback', onRollBack)}
            >
              {busy === 'rollback' ? 'Rolling back…' : `Roll back to revision ${revision.number}`}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {failure && (
        <div className="revision-error" role="alert">
          {failure.message}
          <FindingsList findings={failure.findings} />
        </div>
      )}
    </li>
  );
}
