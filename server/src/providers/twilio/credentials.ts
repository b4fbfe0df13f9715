/**
 * @module
 * Whether the server can talk to Twilio, and what to set when it cannot: the
 * same words for the log at start-up and for the admin app's banner.
 */

export interface TwilioSetup {
  /** Texts can be sent and recordings copied: both credentials are set. */
  ready: boolean;
  /** The environment variables still to set, in the order to name them. */
  missing: ('TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN')[];
  /** What does not work meanwhile and what to do, or null when ready. */
  problem: string | null;
}

/**
 * @example
 * twilioSetup({ accountSid: undefined, authToken: 'x' }).problem;
 * // 'TWILIO_ACCOUNT_SID is not set: texts cannot be sent and voicemail recordings cannot be copied; …'
 */
export function twilioSetup(twilio: {
  accountSid?: string | undefined;
  authToken?: string | undefined;
  skipSignatureCheck?: boolean;
}): TwilioSetup {
  const missing: TwilioSetup['missing'] = [];
  if (!twilio.accountSid) missing.push('TWILIO_ACCOUNT_SID');
  if (!twilio.authToken) missing.push('TWILIO_AUTH_TOKEN');
  if (missing.length === 0) return { ready: true, missing, problem: null };
  const names = `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set`;
  // Without the token no webhook's signature can be checked (unless checking is switched off).
  const refused = !twilio.authToken && !twilio.skipSignatureCheck;
  const calls = refused ? ' Every Twilio webhook is refused (403), calls included.' : '';
  return {
    ready: false,
    missing,
    problem: `${names}: texts cannot be sent and voicemail recordings cannot be copied; both wait in the outbox and are retried with back-off, failing after 10 attempts (about 3 hours).${calls} Set them on the server and restart it (docs/twilio.md).`,
  };
}
