/**
 * @module
 * Caps a request body before it is read whole: refused at once when its
 * Content-Length is over the cap, otherwise counted while it streams in and
 * cut off at the first byte past the cap (a body without Content-Length, or
 * one that lies about it). Like `hono/body-limit`, but it stops reading the
 * stream when it refuses and answers in the admin API's error shape.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/**
 * @example
 * createRoute({ ..., middleware: [uploadLimit(10 * 1024 * 1024 + 65_536, 'file', 'the file is larger than 10 MB')] })
 */
export function uploadLimit(maxBytes: number, field: string, message: string): MiddlewareHandler {
  const refuse = (): never => {
    throw new ApiError(413, 'too_large', `${field}: ${message}`, [{ path: field, message }]);
  };
  return async (c, next) => {
    const request = c.req.raw;
    if (!/^multipart\/form-data\s*;/i.test(request.headers.get('content-type') ?? '')) {
      throw new ApiError(
        415,
        'unsupported_media_type',
        `Send the ${field} as multipart/form-data (an HTML form with a file field "${field}")`,
      );
    }
    const declared = request.headers.get('content-length');
    if (declared !== null && Number(declared) > maxBytes) refuse();
    if (!request.body) return next();
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        refuse();
      }
      chunks.push(value);
    }
    const body = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    const headers = new Headers(request.headers);
    headers.set('content-length', String(size));
    c.req.raw = new Request(request.url, { method: request.method, headers, body });
    return next();
  };
}
