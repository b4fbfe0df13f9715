/**
 * @module
 * Sends texts through Twilio's REST API (or a Twilio-compatible provider at
 * another base URL). Every failure comes back as a value that says whether
 * trying again later can help, and whether the text may exist anyway; nothing
 * throws.
 */
import { type HttpAnswer, type HttpRequest, httpRequest } from '../../http/client.js';
import { type LookupResult, lookupTexts, type TextQuery } from './message-lookup.js';

export interface OutgoingText {
  /** A number in E.164, or a Messaging Service sid (`MG...`) to send from the service's pool. */
  from: string;
  to: string;
  body: string;
  /**
   * Sent as `I-Twilio-Idempotency-Token`. Twilio does not document it for the
   * Messages API, so nothing relies on it: a lost answer is settled by `find`.
   */
  idempotencyKey: string;
}

export type SendResult =
  | { ok: true; sid: string; status: string }
  | {
      ok: false;
      /** True when the same request may succeed later: network trouble, 429, 5xx, no credentials. */
      retryable: boolean;
      /** True when the request may have created the text: no answer, a 5xx, a 2xx without a sid. */
      inDoubt?: boolean;
      httpStatus?: number;
      /** Twilio's numeric error code, e.g. 21211 (invalid To) or 21617 (body too long). */
      code?: number;
      message: string;
    };

export interface MessagesClient {
  send(text: OutgoingText): Promise<SendResult>;
  /** The texts Twilio holds from `from` to `to` with this body, created since `since`. */
  find(query: TextQuery): Promise<LookupResult>;
}

export interface TwilioMessagesOptions {
  accountSid: string;
  authToken: string;
  /** Without a trailing slash, e.g. `https://api.twilio.com`. */
  apiBaseUrl: string;
  /** How requests go out (`httpRequest`); a test may count or hold them. */
  request?: HttpRequest;
  timeoutMs?: number;
}

const MESSAGING_SERVICE_SID = /^MG[0-9a-f]{32}$/i;

/**
 * @example
 * const twilio = twilioMessages({ accountSid, authToken, apiBaseUrl: 'https://api.twilio.com' });
 * const sent = await twilio.send({ from: '+14155550100', to: '+14155550123', body: 'Hi', idempotencyKey: 'sms-1' });
 * if (!sent.ok && sent.retryable) { ... try again later ... }
 */
export function twilioMessages({
  accountSid,
  authToken,
  apiBaseUrl,
  request = httpRequest,
  timeoutMs = 10_000,
}: TwilioMessagesOptions): MessagesClient {
  const missing = [
    ...(accountSid ? [] : ['TWILIO_ACCOUNT_SID']),
    ...(authToken ? [] : ['TWILIO_AUTH_TOKEN']),
  ];
  const url = `${apiBaseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;

  const origin = new URL(url).origin;
  return {
    async find(query) {
      if (missing.length > 0) {
        return {
          ok: false,
          message: `Twilio credentials are missing: set ${missing.join(' and ')}`,
        };
      }
      const get = (pathOrUrl: string) =>
        request(new URL(pathOrUrl, origin), {
          headers: { Authorization: authorization, Accept: 'application/json' },
          timeoutMs,
        });
      return lookupTexts(get, new URL(url).pathname, query, timeoutMs);
    },
    async send({ from, to, body, idempotencyKey }) {
      if (missing.length > 0) {
        // Retryable: the text waits in the outbox until the credentials are set.
        return {
          ok: false,
          retryable: true,
          message: `Twilio credentials are missing: set ${missing.join(' and ')} to send texts`,
        };
      }
      const form = new URLSearchParams({ To: to, Body: body });
      form.set(MESSAGING_SERVICE_SID.test(from) ? 'MessagingServiceSid' : 'From', from);
      let response: HttpAnswer;
      try {
        response = await request(url, {
          method: 'POST',
          headers: {
            Authorization: authorization,
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json',
            'I-Twilio-Idempotency-Token': idempotencyKey,
          },
          body: form.toString(),
          timeoutMs,
        });
      } catch (error) {
        // No whole answer (not even one cut short): the text may exist; the idempotency token covers a retry.
        return {
          ok: false,
          retryable: true,
          inDoubt: true,
          message: networkMessage(error, timeoutMs),
        };
      }
      return readResponse(response);
    },
  };
}

function readResponse(response: HttpAnswer): SendResult {
  const text = response.text();
  const json = parseObject(text);
  const httpStatus = response.status;
  if (response.ok) {
    if (typeof json?.sid === 'string') {
      return {
        ok: true,
        sid: json.sid,
        status: typeof json.status === 'string' ? json.status : '',
      };
    }
    return {
      ok: false,
      retryable: true,
      inDoubt: true,
      httpStatus,
      message: `Twilio answered ${httpStatus} without a message sid: ${text.slice(0, 200)}`,
    };
  }
  const code = typeof json?.code === 'number' ? json.code : undefined;
  const detail = typeof json?.message === 'string' ? json.message : text.slice(0, 200);
  const retryable = httpStatus === 429 || httpStatus >= 500;
  return {
    ok: false,
    retryable,
    ...(httpStatus >= 500 ? { inDoubt: true } : {}),
    httpStatus,
    ...(code === undefined ? {} : { code }),
    message:
      httpStatus === 401
        ? `Twilio refused the credentials (check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN): ${detail}`
        : detail || `Twilio answered ${httpStatus}`,
  };
}

/** A JSON object from a response body, or undefined (Twilio's errors are JSON objects). */
export function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object'
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A network failure or timeout in words. `httpRequest`'s errors are Node's
 * own, whose message names the cause (e.g. `connect ECONNREFUSED 127.0.0.1:443`);
 * its timeout is an `HttpTimeoutError`.
 */
export function networkMessage(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `Twilio did not answer within ${timeoutMs} ms`;
  }
  return `Could not reach Twilio: ${error instanceof Error ? error.message : String(error)}`;
}
