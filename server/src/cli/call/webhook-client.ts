/**
 * @module
 * Twilio's side of the wire for `ringflow call`: form-encoded webhooks signed
 * over the public URL the server believes Twilio calls, sent to the server's
 * real address, with every failure turned into a one-line `CliError`.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { twilioSignature } from '../../providers/twilio/signature.js';
import { CliError } from '../cli-error.js';

/** Runaway protection: a flow that loops without waiting for the caller stops here. */
export const MAX_REQUESTS = 200;
const TIMEOUT_MS = 10_000;

/** A Twilio-style id: the prefix and 32 hex digits, e.g. `CA5f0c…`. */
export function twilioSid(prefix: string): string {
  return `${prefix}${randomBytes(16).toString('hex')}`;
}

export interface WebhookClientOptions {
  /** Where the server listens, e.g. `http://localhost:8080`. */
  server: string;
  /** The server's PUBLIC_BASE_URL: signatures are computed over it. */
  publicUrl: string;
  authToken: string;
  /** Parameters every request of the call carries (CallSid, From, To, ...). */
  callParams: Record<string, string>;
}

/**
 * Posts the webhooks of one call.
 *
 * @example
 * ```ts
 * const client = new WebhookClient({ server, publicUrl, authToken, callParams });
 * const twiml = await client.post(`${publicUrl}/webhooks/twilio/voice`, { CallStatus: 'ringing' });
 * ```
 */
export class WebhookClient {
  private requests = 0;

  constructor(private readonly options: WebhookClientOptions) {}

  /**
   * Resolves a URL found in TwiML against the document it came from, the way
   * Twilio does, keeping an absolute URL's characters as written.
   */
  resolve(url: string, documentUrl: string): string {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
    return new URL(url, documentUrl).toString();
  }

  /**
   * Posts `params` (after the call's own) to the path and query of `url`,
   * signed over the public URL; returns the response body.
   */
  async post(url: string, params: Record<string, string> = {}): Promise<string> {
    const { server, publicUrl, authToken, callParams } = this.options;
    this.requests += 1;
    if (this.requests > MAX_REQUESTS) {
      throw new CliError(
        `Stopped after ${MAX_REQUESTS} requests to the server: the call seems to go round in a loop.`,
        1,
      );
    }
    const pathAndQuery = pathOf(url);
    const body = { ...callParams, ...params };
    const signature = twilioSignature(authToken, `${publicUrl}${pathAndQuery}`, body);
    let response: Response;
    try {
      response = await fetch(`${server}${pathAndQuery}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'User-Agent': 'TwilioProxy/1.1 (ringflow call)',
          'X-Twilio-Signature': signature,
          'I-Twilio-Idempotency-Token': randomUUID(),
        },
        body: new URLSearchParams(body).toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new CliError(
          `The server at ${server} did not answer ${pathAndQuery} within ${TIMEOUT_MS / 1000} s.`,
          2,
        );
      }
      throw new CliError(`Cannot reach the server at ${server}: is it running? (npm start)`, 2);
    }
    const text = await response.text();
    if (response.status === 403) {
      throw new CliError(
        `The server refused ${pathAndQuery} with 403: the X-Twilio-Signature did not match. ` +
          `The signature is made with --auth-token (the server's TWILIO_AUTH_TOKEN) over --public-url ` +
          `(the server's PUBLIC_BASE_URL, here ${publicUrl}); check that both match the server's.`,
        1,
      );
    }
    if (!response.ok) {
      throw new CliError(
        `The server answered ${pathAndQuery} with ${response.status}: ${text.slice(0, 200)}`,
        1,
      );
    }
    return text;
  }
}

/** Path and query of a URL as written, without its fragment (Twilio's `#rc=` options are not sent). */
function pathOf(url: string): string {
  const withoutFragment = url.split('#', 1)[0] ?? '';
  const rest = withoutFragment.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i, '');
  return rest.startsWith('/') ? rest : `/${rest}`;
}
