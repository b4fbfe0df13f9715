import { randomBytes } from 'node:crypto';

/**
 * A new opaque id with a readable prefix, e.g. `flow_8h2k...`. The prefix
 * tells what an id is in logs and URLs; 16 random bytes make it unguessable.
 */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`;
}
