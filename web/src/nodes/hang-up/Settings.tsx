/** Hang-up has nothing to set. */
export function HangUpSettings() {
  return <p className="muted">Ends the call. Nothing to set.</p>;
}
