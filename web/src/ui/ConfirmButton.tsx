import { useState } from 'react';
import { messageOf } from './field-errors.js';

/**
 * A delete that asks first, in place: "Delete" turns into "Delete Alice?"
 * with Yes/Cancel. The server's refusal (a 409 naming what still uses the
 * item) is shown next to it rather than lost in a toast.
 */
export function ConfirmButton({
  label = 'Delete',
  question,
  onConfirm,
}: {
  label?: string;
  question: string;
  onConfirm: () => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setAsking(false);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="confirm">
      {asking ? (
        <>
          <span className="confirm-question">{question}</span>
          <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Deleting…' : `Yes, ${label.toLowerCase()}`}
          </button>
          <button type="button" className="ghost" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {label}
        </button>
      )}
      {error && (
        <span className="error confirm-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
