import { useRef, useState } from 'react';
import { api } from '../api/client.js';
import type { FlowSummary, PhoneNumber } from '../api/types.js';
import { Modal } from '../ui/Modal.js';
import { useFormSubmit } from '../ui/use-form-submit.js';
import {
  canAnswer,
  type FlowChangeQuestion,
  flowChangeQuestion,
  NOT_PUBLISHED,
} from './number-flow.js';

/**
 * The choices of a number's flow: "No flow", the published flows, and the
 * drafts shown but disabled with the reason, so nobody points a number at a
 * flow that cannot answer (the server refuses it too).
 */
export function FlowOptions({ flows }: { flows: FlowSummary[] }) {
  return (
    <>
      <option value="">No flow</option>
      {flows.map((f) => (
        <option key={f.id} value={f.id} disabled={!canAnswer(f)}>
          {canAnswer(f) ? f.name : `${f.name} (${NOT_PUBLISHED})`}
        </option>
      ))}
    </>
  );
}

/**
 * Points a number at another flow right where it is shown. A change that
 * moves a live number's callers, or takes it off the air, asks first; the
 * select shows the saved flow until then.
 */
export function NumberFlowSelect({
  number,
  flows,
  onSaved,
}: {
  number: PhoneNumber;
  flows: FlowSummary[];
  onSaved: (saved: PhoneNumber) => void;
}) {
  const [asking, setAsking] = useState<{ flowId: string; question: FlowChangeQuestion } | null>(
    null,
  );
  // The select saves on change: the flow it asks for, read by the submit.
  const wanted = useRef('');
  const form = useFormSubmit({
    send: () =>
      api<PhoneNumber>('PATCH', `/numbers/${number.id}`, { flowId: wanted.current || null }),
    // The select is the one field: whatever the server says is shown beside it.
    shows: () => false,
    onSent: (saved) => {
      onSaved(saved);
      setAsking(null);
    },
  });
  const save = (flowId: string) => {
    wanted.current = flowId;
    void form.submit();
  };
  const change = (flowId: string) => {
    const question = flowChangeQuestion(number, flows, flowId);
    form.clearFailure();
    if (question) setAsking({ flowId, question });
    else save(flowId);
  };
  const { busy, failure: error } = form;
  return (
    <div className="inline-select">
      <select
        aria-label={`Flow for ${number.number}`}
        value={number.flowId ?? ''}
        disabled={busy}
        onChange={(e) => change(e.target.value)}
      >
        <FlowOptions flows={flows} />
      </select>
      {busy && !asking && <small className="muted">Saving…</small>}
      {error && !asking && (
        <small className="error" role="alert">
          {error}
        </small>
      )}
      {asking && (
        <Modal title={asking.question.title} onClose={() => setAsking(null)}>
          <p className="flow-change-consequence">{asking.question.consequence}</p>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <footer>
            <button type="button" onClick={() => setAsking(null)}>
              Cancel
            </button>
            <button
              type="button"
              className={asking.flowId ? 'primary' : 'danger'}
              disabled={busy}
              onClick={() => save(asking.flowId)}
            >
              {busy ? 'Saving…' : asking.question.confirmLabel}
            </button>
          </footer>
        </Modal>
      )}
    </div>
  );
}
