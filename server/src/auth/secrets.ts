/**
 * @module
 * Random tokens and their stored form. Session and API tokens have 256 bits
 * of randomness, so a fast unsalted SHA-256 is enough to store them: the hash
 * cannot be reversed, and a stolen database cannot be replayed as cookies.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `bytes` random bytes as base64url text. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** The form a token is stored and looked up in: hex SHA-256. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two strings without leaking, through timing, where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y) && a === b;
}
