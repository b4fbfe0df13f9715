/**
 * @module
 * The TwiML renderer's `speechUrl`: a say prompt's synthesised audio as a
 * signed media URL when it was made, else null (Twilio's <Say> speaks). One
 * indexed SQLite lookup; no synthesis on the webhook path.
 */
import type { SayPrompt } from '@ringflow/shared';
import type { Connection } from '../db/sql/connection.js';
import { type MediaDeps, mediaUrl } from '../media/signing.js';
import { speechMediaPath } from '../media/speech-media.js';
import { cachedPromptAudio } from './prompt-audio.js';

/**
 * Null without a speech engine: then nothing is looked up at all.
 *
 * @example
 * renderTwiml(instruction, { ...ctx, speechUrl: speechUrl(deps) ?? undefined });
 */
export function speechUrl(
  deps: MediaDeps & { config: MediaDeps['config'] & { speech: unknown } },
  /** Where the audio is looked up: the webhook's transaction, when rendering inside one. */
  db: Connection = deps.db,
): ((prompt: SayPrompt) => Promise<string | null>) | null {
  if (!deps.config.speech) return null;
  return async (prompt) => {
    const entry = await cachedPromptAudio(db, prompt);
    return entry ? await mediaUrl(deps, speechMediaPath(entry.key)) : null;
  };
}
