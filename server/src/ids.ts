import { randomBytes } from 'node:crypto';

/** base64url's 64 characters in ASCII order, so that ids sort as their bytes do. */
const SORTED = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

const RANDOM_BYTES = 10;
/** Random bytes are taken from the system in blocks: one call per id was a measurable part of a webhook. */
let pool = Buffer.alloc(0);
let taken = 0;

/**
 * A new opaque id with a readable prefix, e.g. `call_0Qb3...`. The prefix
 * tells what an id is in logs and URLs. The id's first 6 bytes are the time
 * in milliseconds and its last 10 (80 bits) random, written with an alphabet
 * in ASCII order: ids made later sort later, so a table's new rows and their
 * index entries are appended at the end of their B-trees instead of landing on
 * random pages (half-empty pages, more of them written per commit), and the
 * random part keeps them unguessable.
 *
 * @example
 * newId('call'); // 'call_0Qb3kZ9xw1V-4nT8cYp2aB'
 */
export function newId(prefix: string, now: number = Date.now()): string {
  if (taken + RANDOM_BYTES > pool.length) {
    pool = randomBytes(RANDOM_BYTES * 256);
    taken = 0;
  }
  const bytes = Buffer.allocUnsafe(6 + RANDOM_BYTES);
  bytes.writeUIntBE(Math.max(0, Math.min(now, 2 ** 48 - 1)), 0, 6);
  pool.copy(bytes, 6, taken, taken + RANDOM_BYTES);
  taken += RANDOM_BYTES;
  return `${prefix}_${encode(bytes)}`;
}

/** Base64 without padding (22 characters for 16 bytes), in the sorted alphabet. */
function encode(bytes: Buffer): string {
  const c = (sextet: number) => SORTED[sextet & 63] as string;
  let out = '';
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += c(n >> 18) + c(n >> 12) + c(n >> 6) + c(n);
  }
  // 16 bytes leave one: two characters carry its 8 bits.
  if (i < bytes.length) {
    const n = bytes[i] as number;
    out += c(n >> 2) + c(n << 4);
  }
  return out;
}
