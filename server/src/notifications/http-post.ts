/**
 * @module
 * One POST of JSON to a Slack or webhook URL, with a timeout, read as the
 * outbox needs it: 2xx sent; 429, 5xx and network trouble worth a retry;
 * anything else (other 4xx, a redirect) a failure.
 */
import type { AttemptOutcome } from './attempt-log.js';

export type Fetch = typeof globalThis.fetch;

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
    fetch = globalThis.fetch,
    timeoutMs = POST_TIMEOUT_MS,
  }: { fetch?: Fetch; timeoutMs?: number } = {},
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Ringflow-Notifications/1',
        ...headers,
      },
      body,
      // A signed delivery goes where it was configured to go, not wherever a redirect points.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const e = error as {
      name?: string;
      message?: string;
      cause?: { code?: string; message?: string };
    };
    const reason =
      e.name === 'TimeoutError'
        ? `No answer within ${timeoutMs / 1000} s`
        : (e.cause?.code ?? e.cause?.message ?? e.message ?? String(error));
    return { ok: false, retry: true, statusCode: null, error: reason, durationMs: elapsed() };
  }
  const text = await response.text().catch(() => '');
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
