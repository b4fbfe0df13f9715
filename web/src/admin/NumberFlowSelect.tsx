import { useState } from 'react';
import { api } from '../api/client.js';
import type { FlowSummary, PhoneNumber } from '../api/types.js';
import { messageOf } from './field-errors.js';

/** Points a number at another flow right in the list; the change is saved at once. */
export function NumberFlowSelect({
  number,
  flows,
  onSaved,
}: {
  number: PhoneNumber;
  flows: FlowSummary[];
  onSaved: (saved: PhoneNumber) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = async (flowId: string) => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await api<PhoneNumber>('PATCH', `/numbers/${number.id}`, { flowId: flowId || null }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="inline-select">
      <select
        aria-label={`Flow for ${number.number}`}
        value={number.flowId ?? ''}
        disabled={busy}
        onChange={(e) => void change(e.target.value)}
      >
        <option value="">No flow</option>
        {flows.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
            {f.published ? '' : ' (not published)'}
          </option>
        ))}
      </select>
      {busy && <small className="muted">Saving…</small>}
      {error && (
        <small className="error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
