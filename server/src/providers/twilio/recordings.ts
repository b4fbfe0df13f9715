/**
 * @module
 * Copies a call recording from Twilio (or a Twilio-compatible provider at
 * another base URL) and deletes it there afterwards. Like the messages
 * client, every failure comes back as a value that says whether trying again
 * later can help; nothing throws.
 */
import { type HttpAnswer, type HttpRequest, httpRequest } from '../../http/client.js';
import { networkMessage, parseObject } from './messages.js';

export type RecordingFailure = {
  ok: false;
  /** True when the same request may succeed later: network trouble, 404 (not ready yet), 429, 5xx. */
  retryable: boolean;
  httpStatus?: number;
  message: string;
};

export type DownloadResult =
  | { ok: true; bytes: Buffer; contentType: string | null }
  | RecordingFailure;

export type DeleteResult =
  | {
      ok: true;
      /** True when the provider had no such recording any more (404). */
      alreadyGone: boolean;
    }
  | RecordingFailure;

export interface RecordingsClient {
  /** The recording's audio as WAV, from the `RecordingUrl` of the status callback. */
  download(recordingUrl: string): Promise<DownloadResult>;
  /** Deletes the recording at the provider; a recording already gone counts as done. */
  delete(recordingSid: string): Promise<DeleteResult>;
}

export interface TwilioRecordingsOptions {
  accountSid: string;
  authToken: string;
  /** Without a trailing slash, e.g. `https://api.twilio.com`. */
  apiBaseUrl: string;
  /** How requests go out (`httpRequest`); a test may count or hold them. */
  request?: HttpRequest;
  timeoutMs?: number;
}

/**
 * Where Twilio serves a recording of this account (the `RecordingUrl` of its
 * callbacks): a voicemail keeps a callback's URL only when it differs from this.
 *
 * @example
 * twilioRecordingUrl('https://api.twilio.com', 'AC123', 'RE456');
 * // => 'https://api.twilio.com/2010-04-01/Accounts/AC123/Recordings/RE456'
 */
export function twilioRecordingUrl(
  apiBaseUrl: string,
  accountSid: string,
  recordingSid: string,
): string {
  const base = apiBaseUrl.replace(/\/+$/, '');
  return `${base}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Recordings/${encodeURIComponent(recordingSid)}`;
}

/** A URL that already names its format is fetched as is; Twilio's bare one gets `.wav`. */
const HAS_EXTENSION = /\.(wav|mp3)$/i;

/**
 * @example
 * const recordings = twilioRecordings({ accountSid, authToken, apiBaseUrl: 'https://api.twilio.com' });
 * const audio = await recordings.download('https://api.twilio.com/2010-04-01/Accounts/AC.../Recordings/RE...');
 * if (audio.ok) await writeFile('message.wav', audio.bytes);
 * await recordings.delete('RE...');
 */
export function twilioRecordings({
  accountSid,
  authToken,
  apiBaseUrl,
  request = httpRequest,
  timeoutMs = 30_000,
}: TwilioRecordingsOptions): RecordingsClient {
  const base = apiBaseUrl.replace(/\/+$/, '');
  const missing = [
    ...(accountSid ? [] : ['TWILIO_ACCOUNT_SID']),
    ...(authToken ? [] : ['TWILIO_AUTH_TOKEN']),
  ];
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  // Retryable: the recording waits in the outbox until the credentials are set.
  const noCredentials = (what: string): RecordingFailure => ({
    ok: false,
    retryable: true,
    message: `Twilio credentials are missing: set ${missing.join(' and ')} to ${what}`,
  });

  const send = async (
    url: string,
    method: 'GET' | 'DELETE',
  ): Promise<{ ok: true; response: HttpAnswer } | RecordingFailure> => {
    try {
      const response = await request(url, {
        method,
        headers: { Authorization: authorization },
        timeoutMs,
      });
      return { ok: true, response };
    } catch (error) {
      return { ok: false, retryable: true, message: networkMessage(error, timeoutMs) };
    }
  };

  return {
    async download(recordingUrl) {
      if (missing.length > 0) return noCredentials('copy recordings');
      let url: URL;
      try {
        url = new URL(HAS_EXTENSION.test(recordingUrl) ? recordingUrl : `${recordingUrl}.wav`);
      } catch {
        return { ok: false, retryable: false, message: `Not a URL: ${recordingUrl}` };
      }
      // The account's credentials go only to the provider's own API, never to a URL a callback named.
      const apiOrigin = new URL(base).origin;
      if (url.origin !== apiOrigin) {
        return {
          ok: false,
          retryable: false,
          message: `The recording is at ${url.origin}, not at the Twilio API (${apiOrigin}); Ringflow sends its credentials only there`,
        };
      }
      const answer = await send(url.href, 'GET');
      if (!answer.ok) return answer;
      const { response } = answer;
      if (!response.ok) return failure(response, 'recording');
      return { ok: true, bytes: response.body, contentType: response.header('content-type') };
    },

    async delete(recordingSid) {
      if (missing.length > 0) return noCredentials('delete recordings');
      const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Recordings/${encodeURIComponent(recordingSid)}.json`;
      const answer = await send(url, 'DELETE');
      if (!answer.ok) return answer;
      const { response } = answer;
      if (response.ok) return { ok: true, alreadyGone: false };
      if (response.status === 404) return { ok: true, alreadyGone: true };
      return failure(response, 'recording');
    },
  };
}

/** An answer other than success. 404 may be retried: Twilio can say so for a moment after the callback. */
function failure(response: HttpAnswer, what: string): RecordingFailure {
  const httpStatus = response.status;
  const text = response.text();
  const json = parseObject(text);
  const detail = typeof json?.message === 'string' ? json.message : text.slice(0, 200).trim() || '';
  const retryable = httpStatus === 404 || httpStatus === 429 || httpStatus >= 500;
  let message = detail || `Twilio answered ${httpStatus}`;
  if (httpStatus === 401 || httpStatus === 403) {
    message = `Twilio refused the credentials (check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN): ${detail || httpStatus}`;
  } else if (httpStatus === 404) {
    message = `Twilio has no such ${what} (yet): ${detail || 404}`;
  }
  return { ok: false, retryable, httpStatus, message };
}
