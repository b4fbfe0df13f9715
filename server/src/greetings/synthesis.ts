/**
 * @module
 * Queues the synthesis of a text-to-speech greeting's current version, when
 * a speech engine is set up. Without one the provider's `<Say>` speaks the
 * text, and the greeting says so ('unavailable').
 */
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { enqueue } from '../db/outbox.js';

export const SYNTHESIZE_GREETING_KIND = 'synthesize-greeting';

/** The synthesis status a new or changed text-to-speech greeting starts with. */
export function initialSynthesisStatus(config: Pick<Config, 'speech'>): 'pending' | 'unavailable' {
  return config.speech ? 'pending' : 'unavailable';
}

/**
 * Adds the 'synthesize-greeting' job of a greeting version (once: keyed by
 * id and version). Call inside the transaction that wrote the version, and
 * only when its status is 'pending'.
 *
 * @example
 * queueGreetingSynthesis(db, { id: greeting.id, version: greeting.version }, clock.now());
 */
export function queueGreetingSynthesis(
  db: Db,
  greeting: { id: string; version: number },
  now: Date,
): void {
  enqueue(db, {
    kind: SYNTHESIZE_GREETING_KIND,
    payload: { greetingId: greeting.id, version: greeting.version },
    idempotencyKey: `${SYNTHESIZE_GREETING_KIND}:${greeting.id}:${greeting.version}`,
    now,
  });
}
