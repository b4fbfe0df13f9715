import { useSetup } from './setup.js';

/** Above every page while Twilio is not set up: what does not work, and what to set. */
export function SetupBanner() {
  const problem = useSetup()?.twilio.problem;
  if (!problem) return null;
  return (
    <div className="setup-banner" role="status">
      <strong>Twilio is not set up.</strong> {problem}
    </div>
  );
}
