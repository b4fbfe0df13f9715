/**
 * @module
 * Publishing asks for a message, like a commit: the revision history reads
 * as a log of why the flow changed.
 */

import type { Finding } from '@ringflow/flow-runtime';
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api/client.js';
import type { PublishedRevision } from '../api/types.js';
import { FailingScenarios, failingScenariosOf } from '../simulator/FailingScenarios.js';
import type { ScenarioRunResult } from '../simulator/scenario.js';
import { Field } from '../ui/Field.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import { FindingsList } from './FindingsList.js';
import { findingsOf } from './findings-of.js';
import { selectLiveOn } from './selectors.js';
import { useDesigner } from './use-designer.js';
import './panels.css';

/** The server's limit on a revision message. */
const MAX_MESSAGE = 500;

export interface PublishDialogProps {
  flowId: string;
  /** Error findings in the draft now; publishing is refused while there are any. */
  errors: number;
  onClose(): void;
  /** Called with the new revision after a `201`; the dialog does not close itself. */
  onPublished(revision: PublishedRevision): void;
  /**
   * Run before publishing, e.g. to flush the autosave: the server publishes
   * the draft it has, so unsaved edits would otherwise be left out.
   */
  beforePublish?(): Promise<unknown>;
}

/**
 * A modal that publishes the flow's draft as a new revision.
 *
 * @example
 * {publishing && (
 *   <PublishDialog flowId={id} errors={errorCount} beforePublish={saveNow}
 *     onClose={() => setPublishing(false)}
 *     onPublished={(r) => { setPublishing(false); toast(`Revision ${r.number} is live`); }} />
 * )}
 */
export function PublishDialog({
  flowId,
  errors,
  onClose,
  onPublished,
  beforePublish,
}: PublishDialogProps) {
  const [message, setMessage] = useState('');
  // What a refusal carries besides its message: the findings to fix, and the
  // failing scenarios when the server asks before publishing anyway.
  const [refusal, setRefusal] = useState<{
    findings: Finding[];
    scenarios: ScenarioRunResult[] | null;
  }>({ findings: [], scenarios: null });
  const confirmed = useRef(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const reasonId = useId();

  const liveOn = useDesigner(selectLiveOn);
  const trimmed = message.trim();
  const reason =
    errors > 0
      ? `The draft has ${errors} error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} before publishing.`
      : trimmed === ''
        ? 'Describe what changed.'
        : null;

  const form = useFormSubmit({
    send: async () => {
      await beforePublish?.();
      return api<PublishedRevision>('POST', `/flows/${flowId}/publish`, {
        message: trimmed,
        ...(confirmed.current ? { confirmFailingScenarios: true } : {}),
      });
    },
    // The message is the one field here; anything else is said above the buttons.
    shows: (path) => path === 'message',
    onSent: onPublished,
    onFailed: (error) =>
      setRefusal({ findings: findingsOf(error), scenarios: failingScenariosOf(error) }),
  });
  const busy = form.busy;
  const send = (confirmFailingScenarios: boolean) => {
    if (reason || busy) return;
    confirmed.current = confirmFailingScenarios;
    setRefusal({ findings: [], scenarios: null });
    void form.submit();
  };

  useEffect(() => {
    field.current?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !busy) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, onClose]);

  const scenarios = form.failure ? refusal.scenarios : null;
  return (
    <div className="modal-backdrop">
      <form
        className="modal card publish-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send(false);
        }}
      >
        <h2 id={titleId}>Publish this flow</h2>
        <p className="muted">
          {liveOn.length > 0
            ? `New calls to ${liveOn.map((n) => n.name).join(', ')} will run it at once; calls in progress finish on the revision they started with.`
            : 'No number runs this flow yet: once published, it can be chosen for a number on the Numbers page.'}
        </p>
        {errors > 0 && (
          <p id={reasonId} className="blocked" role="alert">
            {reason}
          </p>
        )}
        <Field
          label="What changed?"
          error={form.errors.message}
          hint={errors === 0 && trimmed === '' ? reason : undefined}
        >
          {(ids) => (
            <textarea
              ref={field}
              id={ids.id}
              aria-invalid={ids.invalid}
              // The draft's errors, when they block publishing, describe the message too.
              aria-describedby={
                [ids.describedBy, errors > 0 ? reasonId : undefined].filter(Boolean).join(' ') ||
                undefined
              }
              value={message}
              maxLength={MAX_MESSAGE}
              placeholder="e.g. Ring support for 20 seconds instead of 30"
              onChange={(event) => setMessage(event.target.value)}
            />
          )}
        </Field>
        {form.failure && (
          <div className="error-box publish-error" role="alert">
            <p>{form.failure}</p>
            <FindingsList findings={refusal.findings} />
            {scenarios && <FailingScenarios results={scenarios} />}
          </div>
        )}
        <footer>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          {scenarios && (
            <button
              type="button"
              className="danger"
              disabled={reason !== null || busy}
              onClick={() => send(true)}
            >
              Publish anyway
            </button>
          )}
          <button
            type="submit"
            className="primary"
            disabled={reason !== null || busy}
            title={reason ?? undefined}
          >
            {busy ? 'Publishing…' : 'Publish'}
          </button>
        </footer>
      </form>
    </div>
  );
}
