/**
 * @module
 * What a greeting prompt plays on a live call: the signed URL of its current
 * audio, or the words of a text-to-speech greeting that has no audio (not
 * synthesised yet, or no speech engine), or nothing for a missing greeting.
 */

import { getGreeting } from '../db/greetings.js';
import type { Connection } from '../db/sql/connection.js';
import type { GreetingPlayback } from '../providers/twilio/twiml.js';
import { greetingMediaPath } from './greeting-media.js';
import { type MediaDeps, mediaUrl } from './signing.js';

/**
 * A resolver for one webhook's rendering: one indexed SELECT per greeting,
 * remembered for the rest of the request (a menu's retry plays the same one).
 *
 * @example
 * renderTwiml(instruction, { ...urls, greetingUrl: greetingPlayback(deps) });
 * // greetingUrl('greet_x') -> { url: 'https://…/media/greetings/greet_x/2?sig=…' }
 */
export function greetingPlayback(
  deps: MediaDeps,
  /** Where the greeting is read: the webhook's transaction, when rendering inside one. */
  db: Connection = deps.db,
): (greetingId: string) => Promise<GreetingPlayback> {
  const seen = new Map<string, GreetingPlayback>();
  return async (greetingId) => {
    if (seen.has(greetingId)) return seen.get(greetingId) ?? null;
    const greeting = await getGreeting(db, greetingId);
    let playback: GreetingPlayback = null;
    if (greeting?.file) {
      playback = { url: await mediaUrl(deps, greetingMediaPath(greeting)) };
    } else if (greeting?.source === 'tts' && greeting.text) {
      playback = {
        say: {
          type: 'say',
          text: greeting.text,
          language: greeting.language ?? 'en-US',
          ...(greeting.voice ? { voice: greeting.voice } : {}),
        },
      };
    }
    seen.set(greetingId, playback);
    return playback;
  };
}
