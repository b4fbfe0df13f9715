/** The entry has nothing to set: it is where every call to the number starts. */
export function IncomingCallSettings() {
  return (
    <p className="muted">
      Every call to a number that uses this flow starts here. Connect its outcome to the first step.
    </p>
  );
}
