/**
 * @module
 * Password hashing with scrypt from node:crypto. The stored form carries its
 * own parameters and salt (`scrypt$N$r$p$salt$hash`), so the cost can be
 * raised later without invalidating existing hashes.
 */
import { randomBytes, type ScryptOptions, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

interface Params {
  N: number;
  r: number;
  p: number;
}

/** 2^15 x 8 x 128 bytes = 32 MiB and roughly 50-100 ms per hash: slow for a guesser, fine for a login. */
const DEFAULT: Params = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

const options = ({ N, r, p }: Params): ScryptOptions => ({ N, r, p, maxmem: 256 * N * r });

function format(params: Params, salt: Buffer, hash: Buffer): string {
  const { N, r, p } = params;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

function derive(password: string, salt: Buffer, params: Params, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, options(params), (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * @example
 * const stored = await hashPassword('correct horse battery'); // 'scrypt$32768$8$1$...'
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return format(DEFAULT, salt, await derive(password, salt, DEFAULT, KEY_LENGTH));
}

/** The same, blocking: for start-up work such as creating the first owner. */
export function hashPasswordSync(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, options(DEFAULT));
  return format(DEFAULT, salt, hash);
}

/**
 * Whether `password` matches a stored hash, compared in constant time. A
 * malformed stored value never matches.
 *
 * @example
 * if (!(await verifyPassword(body.password, credentials.passwordHash))) return unauthorized();
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !hashText) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hashText, 'base64url');
  if (expected.length === 0) return false;
  const actual = await derive(
    password,
    Buffer.from(saltText, 'base64url'),
    params,
    expected.length,
  );
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of nothing anybody knows, checked when a login names an unknown
 * e-mail so that it takes as long as a wrong password and tells nothing.
 */
export const DECOY_HASH = format(DEFAULT, Buffer.alloc(16), Buffer.alloc(KEY_LENGTH));
