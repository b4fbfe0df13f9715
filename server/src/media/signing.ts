/**
 * @module
 * Signed media URLs: audio the provider fetches without a login (greetings,
 * synthesised speech) sits behind `/media/<path>?sig=<HMAC>`, so nobody can
 * guess or alter a URL. Versioned paths make a replaced file's old URL stop
 * working (its version is gone), and let the provider cache forever.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { type Db, inTransaction } from '../db/database.js';
import { getWorkspaceSetting, putWorkspaceSetting } from '../db/workspace-settings.js';

/** What signing needs: the database (for a generated secret) and the configuration. */
export type MediaDeps = {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'mediaSecret' | 'publicBaseUrl'>;
};

const SETTING = 'media-secret';
const secrets = new WeakMap<Db, string>();

/**
 * RINGFLOW_MEDIA_SECRET when set; otherwise a random secret generated the
 * first time and kept in the database, so URLs stay valid across restarts.
 */
function mediaSecret({ db, clock, config }: MediaDeps): string {
  if (config.mediaSecret) return config.mediaSecret;
  let secret = secrets.get(db);
  if (!secret) {
    secret = inTransaction(db, () => {
      const stored = getWorkspaceSetting(db, SETTING);
      if (typeof stored === 'string' && stored.length >= 32) return stored;
      const created = randomBytes(32).toString('hex');
      putWorkspaceSetting(db, SETTING, created, clock.now().toISOString());
      return created;
    });
    secrets.set(db, secret);
  }
  return secret;
}

function signature(deps: MediaDeps, path: string): string {
  return createHmac('sha256', mediaSecret(deps)).update(path).digest('hex');
}

/**
 * The absolute, signed URL of a media path (no leading slash).
 *
 * @example
 * mediaUrl(deps, `greetings/${greeting.id}/${greeting.version}`);
 * // 'https://ringflow.example.com/media/greetings/greet_x/2?sig=5f0c…'
 */
export function mediaUrl(deps: MediaDeps, path: string): string {
  return `${deps.config.publicBaseUrl}/media/${path}?sig=${signature(deps, path)}`;
}

/**
 * Whether `sig` is the signature of `path` (compared in constant time).
 *
 * @example
 * verifyMediaSignature(deps, 'greetings/greet_x/2', c.req.query('sig')); // true or false
 */
export function verifyMediaSignature(
  deps: MediaDeps,
  path: string,
  sig: string | undefined,
): boolean {
  if (!sig || !/^[0-9a-f]{64}$/.test(sig)) return false;
  return timingSafeEqual(Buffer.from(signature(deps, path), 'hex'), Buffer.from(sig, 'hex'));
}
