/**
 * @module
 * The address a request came from, for sign-in throttling. The socket's
 * peer is the truth unless the operator says a reverse proxy sits in front
 * (TRUST_PROXY); only then is X-Forwarded-For read, and only its last entry,
 * the one that proxy appended: earlier entries are whatever the client sent.
 */
import type { Context } from 'hono';
import type { Config } from '../config.js';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * @example
 * const address = clientAddress(c, deps.config); // '203.0.113.5', or undefined in-process
 */
export function clientAddress(c: Context, config: Pick<Config, 'trustProxy'>): string | undefined {
  if (config.trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const socket = (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress;
  return socket?.replace(/^::ffff:/, '') || undefined;
}
