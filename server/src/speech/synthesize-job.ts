/**
 * @module
 * The outbox's 'synthesize' kind: speaks a flow's say prompt once with Azure
 * and keeps the WAV under `<data dir>/speech/<key>.wav`, so calls <Play> it.
 * Until then, or when it keeps failing, Twilio's <Say> speaks the prompt; a
 * failure is logged with the reason, and publishing the flow again queues a
 * synthesis that failed for good once more (`enqueueOrRetry`).
 */
import type { SpeechCacheEntry } from '../db/speech-cache.js';
import type { ServerDeps } from '../deps.js';
import type { DeliveryResult, OutboxHandler } from '../outbox/worker.js';
import type { SpeechEngine } from './engine.js';
import { isTwilioVoice } from './is-twilio-voice.js';
import { cachedPromptAudio, promptKey, type SynthesizePayload } from './prompt-audio.js';
import { synthesizePrompt } from './prompt-synthesis.js';

export const SYNTHESIZE_KIND = 'synthesize';

type Deps = Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>;

/**
 * The idempotency key: one row per prompt as written, whichever flow or revision says it.
 *
 * @example
 * enqueue(db, { kind: SYNTHESIZE_KIND, payload, idempotencyKey: synthesizeKey(payload), now });
 */
export function synthesizeKey(payload: SynthesizePayload): string {
  return `${SYNTHESIZE_KIND}:${promptKey(payload)}`;
}

function payloadOf(payload: unknown): SynthesizePayload | null {
  const p = payload as Partial<SynthesizePayload> | null;
  if (typeof p?.text !== 'string' || typeof p.language !== 'string') return null;
  return {
    text: p.text,
    voice: typeof p.voice === 'string' ? p.voice : null,
    language: p.language,
  };
}

/**
 * @example
 * handlers: { [SYNTHESIZE_KIND]: synthesizeHandler(deps, speechEngine(config, { clock })) }
 */
export function synthesizeHandler(deps: Deps, engine: SpeechEngine | null): OutboxHandler {
  const { db, log } = deps;
  const handler: OutboxHandler = async (row): Promise<DeliveryResult> => {
    const prompt = payloadOf(row.payload);
    if (!prompt)
      return { status: 'failed', error: 'Not a prompt: the payload has no text and language' };
    if (!engine)
      return { status: 'cancelled', reason: 'Azure Speech is not set up: <Say> speaks it' };
    if (isTwilioVoice(prompt.voice ?? undefined)) {
      return { status: 'cancelled', reason: `${prompt.voice} is a Twilio voice: <Say> speaks it` };
    }
    if (!prompt.text.trim()) return { status: 'cancelled', reason: 'Nothing to say' };
    const cached = await cachedPromptAudio(db, {
      type: 'say',
      ...prompt,
      voice: prompt.voice ?? undefined,
    });
    if (cached) return { status: 'sent', result: { file: cached.file, already: true } };
    let made: SpeechCacheEntry;
    try {
      made = await synthesizePrompt(deps, engine, prompt);
    } catch (error) {
      return { status: 'retry', error: (error as Error).message };
    }
    const { key, file, bytes, durationSeconds } = made;
    log.info('speech: prompt synthesised', { key, bytes });
    return { status: 'sent', result: { file, bytes, durationSeconds } };
  };
  handler.afterDelivery = (row, outcome) => {
    if (outcome.status !== 'retry' && outcome.status !== 'failed') return;
    const prompt = payloadOf(row.payload);
    log.warn(
      row.status === 'failed'
        ? "speech: synthesis failed for good; Twilio's <Say> speaks the prompt until the flow is published again"
        : "speech: synthesis failed, retried later; Twilio's <Say> speaks the prompt meanwhile",
      {
        error: outcome.error,
        text: prompt?.text.slice(0, 60),
        voice: prompt?.voice,
        language: prompt?.language,
      },
    );
  };
  return handler;
}
