/**
 * @module
 * Caps every request body before anything parses it: refused at once when
 * its Content-Length is over the cap, otherwise counted while it streams in
 * and cut off at the first byte past the cap (a chunked body, or one that
 * lies). A JSON body for the admin API is also refused when it nests deeper
 * than `MAX_JSON_DEPTH`, before zod or a flow migration walks it. Without
 * these, one unsigned 200 MB webhook was read whole into memory before its
 * signature was even looked at.
 */
import { jsonTooDeep, MAX_JSON_DEPTH } from '@ringflow/shared';
import type { Context, MiddlewareHandler } from 'hono';
import { errorBody } from '../api/errors.js';

/** The caps, in bytes. Twilio's webhooks are a few KB; the largest fixture flow is 5 KB. */
export const BODY_LIMITS = {
  webhook: 64 * 1024,
  json: 1024 * 1024,
  /** Flow documents (`/api/flows/...`): 1,000 times the largest fixture flow. */
  flow: 5 * 1024 * 1024,
} as const;

/** How a limit reads in a message: `64 KB`, `5 MB`. */
export function describeBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

export interface BodyLimit {
  bytes: number;
  /** What the request is, in the refusal: "the limit for a webhook". */
  what: string;
}

/** The webhooks' cap: they read their body themselves (providers/twilio/webhook-http.ts). */
export const WEBHOOK_LIMIT: BodyLimit = { bytes: BODY_LIMITS.webhook, what: 'a webhook' };

/** Which cap applies to a request, or null for one that keeps its own (an upload). */
function limitFor(path: string, contentType: string): BodyLimit | null {
  if (path === '/api' || path.startsWith('/api/')) {
    // Uploads are capped by their own route (api/upload-limit.ts), which knows the file's limit.
    if (/^multipart\/form-data\b/i.test(contentType)) return null;
    if (path.startsWith('/api/flows')) return { bytes: BODY_LIMITS.flow, what: 'a flow request' };
  }
  return { bytes: BODY_LIMITS.json, what: 'a request' };
}

/** The 413's body for a request over `limit`. */
export function tooLargeBody(limit: BodyLimit) {
  const size = describeBytes(limit.bytes);
  return errorBody(
    'too_large',
    `The request body is larger than ${size}, the limit for ${limit.what}`,
  );
}

function tooLarge(c: Context, limit: BodyLimit): Response {
  // Closing the connection stops the server from draining the rest of a huge body.
  c.header('Connection', 'close');
  return c.json(tooLargeBody(limit), 413);
}

/** Reads at most `max` bytes of the body; null as soon as it is longer. */
export async function readCapped(body: ReadableStream<Uint8Array>, max: number) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The first place a JSON body nests too deep, or null (also for a body that is not JSON). */
function deepJson(bytes: Uint8Array): { path: string } | null {
  let value: unknown;
  try {
    // V8's JSON.parse does not recurse, so parsing is safe at any depth; walking it is not.
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null; // the route's validator answers 400 invalid_json
  }
  return jsonTooDeep(value, MAX_JSON_DEPTH);
}

/**
 * The body cap and JSON depth check for the whole app, added before any route.
 *
 * @example
 * app.use('*', requestLimits());
 */
export function requestLimits(): MiddlewareHandler {
  return async (c, next) => {
    const request = c.req.raw;
    if (!request.body) return next();
    const contentType = request.headers.get('content-type') ?? '';
    const limit = limitFor(c.req.path, contentType);
    if (!limit) return next();
    const declared = Number(request.headers.get('content-length') ?? Number.NaN);
    if (declared > limit.bytes) return tooLarge(c, limit);
    const bytes = await readCapped(request.body, limit.bytes);
    if (!bytes) return tooLarge(c, limit);
    if (c.req.path.startsWith('/api/') && /^application\/([\w.+-]*\+)?json\b/i.test(contentType)) {
      const deep = deepJson(bytes);
      if (deep) {
        const message = `nests deeper than ${MAX_JSON_DEPTH} levels`;
        const path = deep.path || '(body)';
        return c.json(errorBody('too_deep', `${path}: ${message}`, [{ path, message }]), 400);
      }
    }
    const headers = new Headers(request.headers);
    headers.set('content-length', String(bytes.length));
    headers.delete('transfer-encoding');
    c.req.raw = new Request(request.url, {
      method: request.method,
      headers,
      body: bytes,
      signal: request.signal,
    });
    return next();
  };
}
