interface FormFooterProps {
  /** The server's refusal, shown above the buttons. */
  failure: string | null;
  busy: boolean;
  /** "Save member", "Save number"... */
  saveLabel: string;
  onCancel(): void;
}

/** The end of an editing form in a dialog: what went wrong, Cancel, and the submit button. */
export function FormFooter({ failure, busy, saveLabel, onCancel }: FormFooterProps) {
  return (
    <>
      {failure && (
        <p className="error" role="alert">
          {failure}
        </p>
      )}
      <footer>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : saveLabel}
        </button>
      </footer>
    </>
  );
}
