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
import { type Connection, oneAtATime, transaction } from '../db/sql/connection.js';
import { getWorkspaceSetting, putWorkspaceSetting } from '../db/workspace-settings.js';

/** What signing needs: the database (for a generated secret) and the configuration. */
export type MediaDeps = {
  db: Connection;
  clock: Clock;
  config: Pick<Config, 'mediaSecret' | 'publicBaseUrl'>;
};

const SETTING = 'media-secret';
const secrets = new WeakMap<Connection, string>();

/**
 * RINGFLOW_MEDIA_SECRET when set; otherwise a random secret generated the
 * first time and kept in the database, so URLs stay valid across restarts.
 */
async function mediaSecret({ db, clock, config }: MediaDeps): Promise<string> {
  if (config.mediaSecret) return config.mediaSecret;
  let secret = secrets.get(db);
  if (!secret) {
    secret = await transaction(db, async (tx) => {
      // Processes starting together on PostgreSQL must all sign with the one secret kept.
      await oneAtATime(tx, 'media-secret');
      const stored = await getWorkspaceSetting(tx, SETTING);
      if (typeof stored === 'string' && stored.length >= 32) return stored;
      const created = randomBytes(32).toString('hex');
      await putWorkspaceSetting(tx, SETTING, created, clock.now().toISOString());
      return created;
    });
    secrets.set(db, secret);
  }
  return secret;
}

async function signature(deps: MediaDeps, path: string): Promise<string> {
  return createHmac('sha256', await mediaSecret(deps))
    .update(path)
    .digest('hex');
}

/**
 * The absolute, signed URL of a media path (no leading slash).
 *
 * @example
 * mediaUrl(deps, `greetings/${greeting.id}/${greeting.version}`);
 * // 'https://ringflow.example.com/media/greetings/greet_x/2?sig=5f0c…'
 */
export async function mediaUrl(deps: MediaDeps, path: string): Promise<string> {
  return `${deps.config.publicBaseUrl}/media/${path}?sig=${await signature(deps, path)}`;
}

/**
 * Whether `sig` is the signature of `path` (compared in constant time).
 *
 * @example
 * verifyMediaSignature(deps, 'greetings/greet_x/2', c.req.query('sig')); // true or false
 */
export async function verifyMediaSignature(
  deps: MediaDeps,
  path: string,
  sig: string | undefined,
): Promise<boolean> {
  if (!sig || !/^[0-9a-f]{64}$/.test(sig)) return false;
  return timingSafeEqual(Buffer.from(await signature(deps, path), 'hex'), Buffer.from(sig, 'hex'));
}
