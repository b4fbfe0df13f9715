/**
 * @module
 * Asks Twilio's REST API (or a Twilio-compatible provider at another base
 * URL) how a call stands, for calls whose status callback never arrived or
 * could not be saved. Like the messages client, every failure comes back as
 * a value; nothing throws.
 */
import { type HttpAnswer, type HttpRequest, httpRequest } from '../../http/client.js';
import { networkMessage, parseObject } from './messages.js';

/** Twilio's call statuses that mean the call is over. */
export const ENDED_STATUSES: ReadonlySet<string> = new Set([
  'completed',
  'busy',
  'failed',
  'no-answer',
  'canceled',
]);

export type CallLookup =
  | {
      kind: 'found';
      /** queued, ringing, in-progress, completed, busy, failed, no-answer or canceled. */
      status: string;
      durationSeconds: number | null;
      /** ISO 8601, from Twilio's `end_time`; null while the call goes on. */
      endedAt: string | null;
    }
  /** Twilio answered 404: it has no such call in this account. */
  | { kind: 'not-found'; message: string }
  /** No answer worth acting on: no credentials, network trouble, 401, 429, 5xx. */
  | { kind: 'unavailable'; httpStatus?: number; message: string };

export interface CallsClient {
  lookup(callSid: string): Promise<CallLookup>;
}

export interface TwilioCallsOptions {
  accountSid: string;
  authToken: string;
  /** Without a trailing slash, e.g. `https://api.twilio.com`. */
  apiBaseUrl: string;
  /** How requests go out (`httpRequest`); a test may count or hold them. */
  request?: HttpRequest;
  timeoutMs?: number;
}

/**
 * @example
 * const calls = twilioCalls({ accountSid, authToken, apiBaseUrl: 'https://api.twilio.com' });
 * const call = await calls.lookup('CA…');
 * if (call.kind === 'found' && ENDED_STATUSES.has(call.status)) { ... end it ... }
 */
export function twilioCalls({
  accountSid,
  authToken,
  apiBaseUrl,
  request = httpRequest,
  timeoutMs = 10_000,
}: TwilioCallsOptions): CallsClient {
  const missing = [
    ...(accountSid ? [] : ['TWILIO_ACCOUNT_SID']),
    ...(authToken ? [] : ['TWILIO_AUTH_TOKEN']),
  ];
  const base = `${apiBaseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Calls`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

  return {
    async lookup(callSid) {
      if (missing.length > 0) {
        return {
          kind: 'unavailable',
          message: `Twilio credentials are missing: set ${missing.join(' and ')} to ask Twilio how calls ended`,
        };
      }
      let response: HttpAnswer;
      try {
        response = await request(`${base}/${encodeURIComponent(callSid)}.json`, {
          headers: { Authorization: authorization, Accept: 'application/json' },
          timeoutMs,
        });
      } catch (error) {
        return { kind: 'unavailable', message: networkMessage(error, timeoutMs) };
      }
      const text = response.text();
      const json = parseObject(text);
      const httpStatus = response.status;
      if (httpStatus === 404) {
        const detail = typeof json?.message === 'string' ? json.message : 'not found';
        return { kind: 'not-found', message: `Twilio has no call ${callSid} (404: ${detail})` };
      }
      if (!response.ok || typeof json?.status !== 'string') {
        const detail = typeof json?.message === 'string' ? json.message : text.slice(0, 200);
        return {
          kind: 'unavailable',
          httpStatus,
          message: `Twilio answered ${httpStatus}: ${detail}`,
        };
      }
      const duration = Number(json.duration);
      const end = typeof json.end_time === 'string' ? Date.parse(json.end_time) : Number.NaN;
      return {
        kind: 'found',
        status: json.status,
        durationSeconds: json.duration != null && Number.isFinite(duration) ? duration : null,
        endedAt: Number.isFinite(end) ? new Date(end).toISOString() : null,
      };
    },
  };
}
