import { useLostChange } from './lost-change.js';

/** Above every page after the designer was left with a change the server did not take. */
export function LostChangeBanner() {
  const { lost, busy, saveAgain, dismiss } = useLostChange();
  if (!lost) return null;
  const reason = /[.!?]$/.test(lost.reason) ? lost.reason : `${lost.reason}.`;
  return (
    <div className="setup-banner" role="alert">
      <strong>Your last change to “{lost.flowName}” was not saved:</strong> {reason}{' '}
      {lost.document ? (
        <button type="button" className="small" disabled={busy} onClick={() => void saveAgain()}>
          {busy ? 'Saving…' : 'Save it again'}
        </button>
      ) : (
        'Make it again in the designer. '
      )}
      <button type="button" className="ghost small" disabled={busy} onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
