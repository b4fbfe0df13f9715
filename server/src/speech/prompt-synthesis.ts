/**
 * @module
 * Speaks one say prompt with the engine and keeps the WAV in the speech
 * cache under the prompt's key, so whoever asked first (the outbox job after
 * a publish, or a preview in the designer) does the work once for everyone:
 * calls <Play> what a preview made, and a preview plays what a call uses.
 */
import { join } from 'node:path';
import { putSpeechCache, type SpeechCacheEntry } from '../db/speech-cache.js';
import type { ServerDeps } from '../deps.js';
import { audioDuration, writeFileAtomically } from '../media/audio-file.js';
import type { SpeechEngine } from './engine.js';
import { promptKey, type SynthesizePayload } from './prompt-audio.js';
import { SYNTHESIS_CONTENT_TYPE, SYNTHESIS_FORMAT } from './synthesize.js';

/** Where synthesised prompts live, under the data directory. */
export const SPEECH_DIR = 'speech';

/**
 * Synthesises the prompt as written (no voice: the engine's default voice of
 * the language, keyed as voice '') and stores it. Rejects with the engine's
 * reason when it fails or times out; nothing is stored then.
 *
 * @example
 * const entry = await synthesizePrompt(deps, engine, { text: 'Hello', voice: null, language: 'en-US' });
 * mediaUrl(deps, speechMediaPath(entry.key));
 */
export async function synthesizePrompt(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config'>,
  engine: SpeechEngine,
  prompt: SynthesizePayload,
): Promise<SpeechCacheEntry> {
  const wav = await engine.synthesize({ ...prompt, voice: prompt.voice ?? '' });
  const key = promptKey(prompt);
  const file = await writeFileAtomically(deps.config.dataDir, join(SPEECH_DIR, `${key}.wav`), wav);
  const entry: SpeechCacheEntry = {
    key,
    text: prompt.text,
    voice: prompt.voice ?? '',
    language: prompt.language,
    format: SYNTHESIS_FORMAT,
    file,
    contentType: SYNTHESIS_CONTENT_TYPE,
    bytes: wav.length,
    durationSeconds: await audioDuration(wav, SYNTHESIS_CONTENT_TYPE),
    createdAt: deps.clock.now().toISOString(),
  };
  await putSpeechCache(deps.db, entry);
  return entry;
}
