/**
 * @module
 * The Twilio adapter's name, as stored in the `provider` column of calls,
 * voicemails, refusals and early transcriptions: a call or recording is found
 * by this name and the provider's own id (`CallSid`, `RecordingSid`).
 */

/**
 * The provider name of everything that comes through Twilio.
 *
 * @example
 * ```ts
 * findCallByProviderId(db, TWILIO, callSid);
 * ```
 */
export const TWILIO = 'twilio' as const;
