/**
 * @module
 * Where a say prompt's synthesised audio lives: the cache key for the prompt
 * as written (its voice '' when it names none), and the lookup the TwiML
 * renderer makes, which touches nothing but one indexed row.
 */
import type { SayPrompt } from '@ringflow/shared';
import { getSpeechCache, type SpeechCacheEntry, speechCacheKey } from '../db/speech-cache.js';
import type { Connection } from '../db/sql/connection.js';
import { SYNTHESIS_FORMAT } from './synthesize.js';

/** What a 'synthesize' outbox row carries. */
export interface SynthesizePayload {
  text: string;
  voice: string | null;
  language: string;
}

/**
 * @example
 * promptKey({ text: 'Hello', language: 'en-US' }); // sha256 of 'Hello', '', 'en-US', the format
 */
export function promptKey(prompt: {
  text: string;
  voice?: string | null;
  language: string;
}): string {
  return speechCacheKey(
    { text: prompt.text, voice: prompt.voice ?? '', language: prompt.language },
    SYNTHESIS_FORMAT,
  );
}

/** The cached audio of a say prompt, or undefined when none was made (yet). */
export async function cachedPromptAudio(
  db: Connection,
  prompt: SayPrompt,
): Promise<SpeechCacheEntry | undefined> {
  return await getSpeechCache(db, promptKey(prompt));
}
