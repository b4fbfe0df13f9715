/**
 * @module
 * One POST of JSON to a Slack or webhook URL, with a timeout, read as the
 * outbox needs it: 2xx sent; 429, 5xx and network trouble worth a retry;
 * anything else (other 4xx, a redirect) a failure.
 */
import { type HttpAnswer, type HttpRequest, httpRequest } from '../http/client.js';
import type { AttemptOutcome } from './attempt-log.js';

export interface PostResult extends AttemptOutcome {
  /** Worth another try later. */
  retry: boolean;
}

export const POST_TIMEOUT_MS = 10_000;

/**
 * @example
 * const result = await postJson('https://hooks.slack.com/services/T/B/X', JSON.stringify({ text }), {});
 * // { ok: true, retry: false, statusCode: 200, error: null, durationMs: 84 }
 */
export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  {
    request = httpRequest,
    timeoutMs = POST_TIMEOUT_MS,
  }: { request?: HttpRequest; timeoutMs?: number } = {},
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let response: HttpAnswer;
  try {
    response = await request(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Ringflow-Notifications/1',
        ...headers,
      },
      body,
      // A signed delivery goes where it was configured to go, not wherever a redirect points.
      redirects: 'manual',
      timeoutMs,
    });
  } catch (error) {
    const e = error as { name?: string; message?: string; code?: string };
    const reason =
      e.name === 'TimeoutError'
        ? `No answer within ${timeoutMs / 1000} s`
        : (e.code ?? e.message ?? String(error));
    return { ok: false, retry: true, statusCode: null, error: reason, durationMs: elapsed() };
  }
  const text = response.text();
  const durationMs = elapsed();
  const status = response.status;
  if (status >= 200 && status < 300) {
    return { ok: true, retry: false, statusCode: status, error: null, durationMs };
  }
  const snippet = text.trim().slice(0, 200);
  const error =
    status >= 300 && status < 400
      ? `HTTP ${status}: redirects are not followed; use the final URL`
      : `HTTP ${status}${snippet ? `: ${snippet}` : ''}`;
  const retry = status === 429 || status >= 500;
  return { ok: false, retry, statusCode: status, error, durationMs };
}
