/**
 * @module
 * Outgoing HTTP for the work a call leaves behind (a text to send, a
 * recording to copy or delete, a call to look up, a notification to post),
 * on `node:http` and `node:https` with their kept-alive connections. Node
 * 20's `fetch` spent 200–300 µs of CPU on each request (WHATWG streams, a
 * Request and a Response, an AbortSignal), several times the exchange
 * itself: with the two or three requests of a voicemail call, a sixth or
 * more of what the server spent on the call. This does what those clients
 * need and no more: a whole body out, a whole body back, one deadline for
 * the exchange, and redirects followed as `fetch` follows them.
 */
import http from 'node:http';
import https from 'node:https';

export interface HttpAnswer {
  status: number;
  /** A 2xx status. */
  ok: boolean;
  /** A header of the answer (repeated ones joined with ", "), or null. */
  header(name: string): string | null;
  /** The body, whole. */
  body: Buffer;
  /** The body as UTF-8. */
  text(): string;
}

export interface HttpRequestInit {
  method?: 'GET' | 'POST' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  /** Milliseconds for the whole exchange: redirects and the body included. */
  timeoutMs: number;
  /** 'manual': a redirect is the answer, as fetch's `redirect: 'manual'` (a signed POST goes nowhere else). */
  redirects?: 'follow' | 'manual';
}

/** What the REST clients call; a test may pass one of its own (to count or hold requests). */
export type HttpRequest = (url: string | URL, init: HttpRequestInit) => Promise<HttpAnswer>;

/** No whole answer within `timeoutMs`; named as `fetch`'s timeout is, so messages treat both alike. */
export class HttpTimeoutError extends Error {
  override name = 'TimeoutError';
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Twilio's media redirects once; a chain longer than this is a loop. */
const MAX_REDIRECTS = 5;

/**
 * Sends a request and reads the whole answer. Rejects on a network error
 * (with Node's code, e.g. ECONNREFUSED), on `HttpTimeoutError`, and on a
 * redirect loop or a redirect away from HTTP; any status is an answer.
 * A redirect drops the Authorization header when it leaves the origin, and
 * a 303 (or a 301/302 answering a POST) goes on as a GET without the body.
 *
 * @example
 * const answer = await httpRequest(url, { method: 'POST', headers, body: form.toString(), timeoutMs: 10_000 });
 * if (answer.ok) JSON.parse(answer.text());
 */
export const httpRequest: HttpRequest = async (url, init) => {
  const deadline = Date.now() + init.timeoutMs;
  let target = new URL(url);
  let method = init.method ?? 'GET';
  let body = init.body;
  let headers = { ...init.headers };
  for (let hop = 0; ; hop++) {
    const answer = await exchange(target, method, headers, body, deadline, init.timeoutMs);
    const follow = init.redirects !== 'manual' && REDIRECTS.has(answer.status);
    const location = follow ? answer.header('location') : null;
    if (location === null) return answer;
    if (hop === MAX_REDIRECTS) throw new Error(`More than ${MAX_REDIRECTS} redirects from ${url}`);
    const next = new URL(location, target);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new Error(`Redirected from ${target.origin} to a ${next.protocol} URL`);
    }
    if (answer.status === 303 || (answer.status <= 302 && method === 'POST')) {
      method = 'GET';
      body = undefined;
      headers = without(headers, ['content-type']);
    }
    if (next.origin !== target.origin) headers = without(headers, ['authorization']);
    target = next;
  }
};

/** The headers but those named (case aside). */
function without(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())),
  );
}

/** One request and its whole answer, before `deadline` (ms since 1970). */
function exchange(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  deadline: number,
  timeoutMs: number,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(timedOut ? new HttpTimeoutError(`No answer within ${timeoutMs} ms`) : error);
    };
    const sent =
      body === undefined
        ? headers
        : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    // The default agents keep connections alive (and close them after 5 s idle).
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      { method, headers: sent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('close', () => {
          if (!response.complete) fail(new Error('The connection closed before the whole answer'));
        });
        response.on('end', () => {
          clearTimeout(timer);
          resolve(answerOf(response.statusCode ?? 0, response.headers, Buffer.concat(chunks)));
        });
      },
    );
    const timer = setTimeout(
      () => {
        timedOut = true;
        request.destroy();
      },
      Math.max(0, deadline - Date.now()),
    );
    request.on('error', fail);
    request.end(body);
  });
}

function answerOf(status: number, headers: http.IncomingHttpHeaders, body: Buffer): HttpAnswer {
  return {
    status,
    ok: status >= 200 && status < 300,
    header(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
    body,
    text: () => body.toString('utf8'),
  };
}
