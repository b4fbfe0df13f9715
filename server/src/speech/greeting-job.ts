/**
 * @module
 * The outbox's 'synthesize-greeting' kind: speaks a text-to-speech greeting
 * with Azure and stores the WAV as the greeting's audio for that version. A
 * greeting changed meanwhile (a newer version) cancels the job: the newer
 * version has its own. Failures are kept on the greeting: 'pending' with the
 * reason while retried, 'failed' at the end (then <Say> speaks its text).
 */
import { join } from 'node:path';
import { getGreeting, recordGreetingAudio, recordGreetingSynthesis } from '../db/greetings.js';
import type { ServerDeps } from '../deps.js';
import {
  audioDuration,
  removeAudioFile,
  sha256,
  writeFileAtomically,
} from '../media/audio-file.js';
import type { DeliveryResult, OutboxHandler } from '../outbox/worker.js';
import type { SpeechEngine } from './engine.js';
import { SYNTHESIS_CONTENT_TYPE } from './synthesize.js';

// Queued by the greetings library (greetings/synthesis.ts) when a TTS greeting is saved.
export { SYNTHESIZE_GREETING_KIND } from '../greetings/synthesis.js';

export interface SynthesizeGreetingPayload {
  greetingId: string;
  version: number;
}

type Deps = Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>;

function payloadOf(payload: unknown): SynthesizeGreetingPayload | null {
  const p = payload as Partial<SynthesizeGreetingPayload> | null;
  return typeof p?.greetingId === 'string' && typeof p.version === 'number'
    ? { greetingId: p.greetingId, version: p.version }
    : null;
}

/**
 * @example
 * handlers: { [SYNTHESIZE_GREETING_KIND]: greetingSynthesisHandler(deps, engine) }
 */
export function greetingSynthesisHandler(deps: Deps, engine: SpeechEngine | null): OutboxHandler {
  const { db, config, log } = deps;
  const handler: OutboxHandler = async (row): Promise<DeliveryResult> => {
    const job = payloadOf(row.payload);
    if (!job)
      return {
        status: 'failed',
        error: 'Not a greeting: the payload has no greetingId and version',
      };
    const greeting = await getGreeting(db, job.greetingId);
    if (!greeting) return { status: 'cancelled', reason: `No greeting ${job.greetingId} any more` };
    if (greeting.version !== job.version) {
      return { status: 'cancelled', reason: `The greeting is at version ${greeting.version} now` };
    }
    if (greeting.source !== 'tts' || !greeting.text || !greeting.language) {
      return { status: 'cancelled', reason: 'Not a text-to-speech greeting' };
    }
    if (!engine) {
      await recordGreetingSynthesis(db, greeting.id, job.version, { status: 'unavailable' });
      return { status: 'cancelled', reason: 'Azure Speech is not set up' };
    }
    let wav: Buffer;
    try {
      wav = await engine.synthesize({
        text: greeting.text,
        voice: greeting.voice ?? '',
        language: greeting.language,
      });
    } catch (error) {
      return { status: 'retry', error: (error as Error).message };
    }
    const file = await writeFileAtomically(
      config.dataDir,
      join('greetings', `${greeting.id}-v${job.version}.wav`),
      wav,
    );
    const audio = {
      file,
      contentType: SYNTHESIS_CONTENT_TYPE,
      bytes: wav.length,
      sha256: sha256(wav),
      durationSeconds: await audioDuration(wav, SYNTHESIS_CONTENT_TYPE),
    };
    if (!(await recordGreetingAudio(db, greeting.id, job.version, audio))) {
      await removeAudioFile(config.dataDir, file);
      return { status: 'cancelled', reason: 'The greeting changed while it was synthesised' };
    }
    log.info('speech: greeting synthesised', { greetingId: greeting.id, version: job.version });
    return { status: 'sent', result: audio };
  };
  handler.afterDelivery = async (row, outcome) => {
    const job = payloadOf(row.payload);
    if (!job || (outcome.status !== 'retry' && outcome.status !== 'failed')) return;
    const final = row.status === 'failed';
    await recordGreetingSynthesis(db, job.greetingId, job.version, {
      status: final ? 'failed' : 'pending',
      error: outcome.error,
    });
    log.warn(
      final
        ? 'speech: greeting synthesis failed for good'
        : 'speech: greeting synthesis failed, retried later',
      {
        greetingId: job.greetingId,
        error: outcome.error,
      },
    );
  };
  return handler;
}
