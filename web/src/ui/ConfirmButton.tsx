import { useState } from 'react';
import { useFormSubmit } from './use-form-submit.js';

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
  const form = useFormSubmit({
    send: onConfirm,
    shows: () => false,
    onSent: () => setAsking(false),
  });

  return (
    <span className="confirm">
      {asking ? (
        <>
          <span className="confirm-question">{question}</span>
          <button
            type="button"
            className="danger"
            disabled={form.busy}
            onClick={() => void form.submit()}
          >
            {form.busy ? 'Deleting…' : `Yes, ${label.toLowerCase()}`}
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
      {form.failure && (
        <span className="error confirm-error" role="alert">
          {form.failure}
        </span>
      )}
    </span>
  );
}
