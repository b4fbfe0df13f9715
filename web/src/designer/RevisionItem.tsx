import type { Finding } from '@ringflow/flow-runtime';
import { useRef, useState } from 'react';
import type { RevisionSummary } from '../api/types.js';
import { exactTime, relativeTime } from '../ui/dates.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { FindingsList } from './FindingsList.js';
import { findingsOf } from './findings-of.js';
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
  const [confirming, setConfirming] = useState(false);
  const [findings, setFindings] = useState<Finding[]>([]);
  // Which button was pressed: both go through the one submit.
  const pressed = useRef<'compare' | 'rollback'>('compare');
  const form = useFormSubmit({
    send: () => (pressed.current === 'compare' ? onCompare() : onRollBack()),
    shows: () => false,
    onSent: () => setConfirming(false),
    onFailed: (error) => setFindings(findingsOf(error)),
  });
  const busy = form.busy ? pressed.current : null;
  const run = (what: 'compare' | 'rollback') => {
    pressed.current = what;
    setFindings([]);
    void form.submit();
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
          <button type="button" disabled={busy !== null} onClick={() => run('compare')}>
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
              onClick={() => run('rollback')}
            >
              {busy === 'rollback' ? 'Rolling back…' : `Roll back to revision ${revision.number}`}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {form.failure && (
        <div className="revision-error" role="alert">
          {form.failure}
          <FindingsList findings={findings} />
        </div>
      )}
    </li>
  );
}
