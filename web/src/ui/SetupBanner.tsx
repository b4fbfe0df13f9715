import { messageOf } from './field-errors.js';
import { useSetup } from './setup.js';

/**
 * Above every page while Twilio is not set up: what does not work, and what
 * to set; or that the server could not be asked, with a retry.
 */
export function SetupBanner() {
  const setup = useSetup();
  if (setup.error) {
    return (
      <div className="setup-banner" role="status">
        <strong>Could not check whether Twilio is set up:</strong> {messageOf(setup.error)}{' '}
        <button type="button" className="ghost small" onClick={setup.reload}>
          Try again
        </button>
      </div>
    );
  }
  const problem = setup.data?.twilio.problem;
  if (!problem) return null;
  return (
    <div className="setup-banner" role="status">
      <strong>Twilio is not set up.</strong> {problem}
    </div>
  );
}
