/**
 * @module
 * Queues the synthesis of a text-to-speech greeting's current version, when
 * a speech engine is set up. Without one the provider's `<Say>` speaks the
 * text, and the greeting says so ('unavailable'). Saving the greeting again
 * retries a synthesis that failed for good, as publishing a flow again does
 * for its prompts.
 */
import type { Config } from '../config.js';
import { type Greeting, recordGreetingSynthesis } from '../db/greetings.js';
import { enqueueOrRetry } from '../db/outbox.js';
import type { Connection } from '../db/sql/connection.js';

export const SYNTHESIZE_GREETING_KIND = 'synthesize-greeting';

/** The synthesis status a new or changed text-to-speech greeting starts with. */
export function initialSynthesisStatus(config: Pick<Config, 'speech'>): 'pending' | 'unavailable' {
  return config.speech ? 'pending' : 'unavailable';
}

/**
 * Adds the 'synthesize-greeting' job of a greeting version (once: keyed by
 * id and version; a job of that version that failed is due again). Call
 * inside the transaction that wrote the version, and only when its status
 * is 'pending'.
 *
 * @example
 * queueGreetingSynthesis(db, { id: greeting.id, version: greeting.version }, clock.now());
 */
export async function queueGreetingSynthesis(
  db: Connection,
  greeting: { id: string; version: number },
  now: Date,
): Promise<void> {
  await enqueueOrRetry(db, {
    kind: SYNTHESIZE_GREETING_KIND,
    payload: { greetingId: greeting.id, version: greeting.version },
    idempotencyKey: `${SYNTHESIZE_GREETING_KIND}:${greeting.id}:${greeting.version}`,
    now,
  });
}

/**
 * A text-to-speech greeting saved again with the same words: when its
 * synthesis failed for good, or had no engine then and has one now, it is
 * 'pending' again and its version's job is due now. Returns whether it was
 * queued again. Call inside the transaction of the save.
 *
 * @example
 * retryGreetingSynthesis(db, config, current, clock.now()); // true after a failed synthesis
 */
export async function retryGreetingSynthesis(
  db: Connection,
  config: Pick<Config, 'speech'>,
  greeting: Pick<Greeting, 'id' | 'version' | 'source' | 'synthesisStatus'>,
  now: Date,
): Promise<boolean> {
  const ended = greeting.synthesisStatus === 'failed' || greeting.synthesisStatus === 'unavailable';
  if (!config.speech || greeting.source !== 'tts' || !ended) return false;
  if (!(await recordGreetingSynthesis(db, greeting.id, greeting.version, { status: 'pending' }))) {
    return false;
  }
  await queueGreetingSynthesis(db, greeting, now);
  return true;
}
