/**
 * @module
 * The HTTP edges of a Twilio webhook, kept lean because every webhook's answer
 * is on a caller's ear. The app-wide middleware (security headers, body caps)
 * is skipped for `/webhooks/` and done here instead, the same in effect:
 *
 * - the body is read straight from Node's request with the webhook cap, not
 *   through a web stream copied into a second `Request`;
 * - answers are plain responses carrying the app's security headers (taken once
 *   from the very middleware the rest of the app uses), which @hono/node-server
 *   writes without building a `Headers` object for them.
 *
 * Together these were about a fifth of a webhook's CPU time.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { readCapped, tooLargeBody, WEBHOOK_LIMIT } from '../../http/request-limits.js';
import { securityHeaderValues } from '../../http/security-headers.js';

interface NodeBindings {
  incoming?: IncomingMessage;
}

/** Reads at most `max` bytes from Node's request; null as soon as it is longer. */
function readIncoming(incoming: IncomingMessage, max: number): Promise<Buffer | null> {
  if (Number(incoming.headers['content-length']) > max) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      // The rest is left unread: the 413 closes the connection (see `tooLarge`).
      done();
      incoming.pause();
      resolve(null);
    };
    const onEnd = () => {
      done();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    incoming.on('data', onData);
    incoming.once('end', onEnd);
    incoming.once('error', onError);
  });
}

/**
 * The webhook's body as text, or null when it is over the webhook cap. Served by
 * @hono/node-server it is read from Node's request; in-process (`app.request`)
 * from the web request.
 */
export async function webhookBody(c: Context): Promise<string | null> {
  const incoming = (c.env as NodeBindings | undefined)?.incoming;
  if (incoming)
    return (await readIncoming(incoming, WEBHOOK_LIMIT.bytes))?.toString('utf8') ?? null;
  const body = c.req.raw.body;
  if (!body) return '';
  const bytes = await readCapped(body, WEBHOOK_LIMIT.bytes);
  return bytes && Buffer.from(bytes).toString('utf8');
}

/** The answers' headers: the app's security headers plus a content type. */
export interface WebhookReplies {
  twiml(xml: string): Response;
  text(message: string, status: number): Response;
  tooLarge(): Response;
}

let replies: Promise<WebhookReplies> | undefined;

/**
 * Answers for the webhook routes, made once per process.
 *
 * @example
 * const reply = await webhookReplies();
 * return reply.twiml('<Response/>');
 */
export function webhookReplies(): Promise<WebhookReplies> {
  replies ??= securityHeaderValues().then(answers);
  return replies;
}

function answers(headers: Record<string, string>): WebhookReplies {
  const respond = (body: string, status: number, contentType: string, extra = {}) =>
    new Response(body, { status, headers: { ...headers, 'content-type': contentType, ...extra } });
  return {
    twiml: (xml) => respond(xml, 200, 'text/xml; charset=utf-8'),
    text: (message, status) => respond(message, status, 'text/plain; charset=UTF-8'),
    // Closing the connection stops the server from draining the rest of a huge body.
    tooLarge: () =>
      respond(JSON.stringify(tooLargeBody(WEBHOOK_LIMIT)), 413, 'application/json', {
        connection: 'close',
      }),
  };
}
