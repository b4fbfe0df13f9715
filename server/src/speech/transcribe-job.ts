/**
 * @module
 * The outbox's 'transcribe' kind: Azure transcribes a voicemail's stored
 * audio in its number's languages, then the voicemail is announced with the
 * transcript. A failure keeps the voicemail and the reason, and is retried;
 * the last failure marks the transcript failed and announces the voicemail
 * all the same (a message was left).
 */
import { readFile } from 'node:fs/promises';
import { getNumberSpeech } from '../db/number-speech.js';
import { enqueue } from '../db/outbox.js';
import { transaction } from '../db/sql/connection.js';
import { recordEngineTranscript, recordTranscriptError } from '../db/voicemail-transcripts.js';
import { getVoicemail } from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';
import { audioPath } from '../media/audio-file.js';
import { enqueueNotifications } from '../notifications/enqueue.js';
import type { DeliveryResult, OutboxHandler } from '../outbox/worker.js';
import type { SpeechEngine } from './engine.js';
import { UnsupportedAudioError } from './transcribe.js';

export const TRANSCRIBE_KIND = 'transcribe';

export interface TranscribePayload {
  voicemailId: string;
}

type Deps = Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>;

/**
 * Queues a voicemail's transcription; call inside the transaction that stored its audio.
 *
 * @example
 * await transaction(db, async () => {
 *   await recordAudioStored(db, id, stored);
 *   await enqueueTranscription(deps, id);
 * });
 */
export async function enqueueTranscription(
  deps: Pick<ServerDeps, 'db' | 'clock'>,
  voicemailId: string,
): Promise<void> {
  const payload: TranscribePayload = { voicemailId };
  await enqueue(deps.db, {
    kind: TRANSCRIBE_KIND,
    payload,
    idempotencyKey: `${TRANSCRIBE_KIND}:${voicemailId}`,
    now: deps.clock.now(),
  });
}

const idOf = (payload: unknown): string | null => {
  const id = (payload as Partial<TranscribePayload> | null)?.voicemailId;
  return typeof id === 'string' && id ? id : null;
};

/**
 * @example
 * handlers: { [TRANSCRIBE_KIND]: transcribeHandler(deps, speechEngine(config, { clock })) }
 */
export function transcribeHandler(deps: Deps, engine: SpeechEngine | null): OutboxHandler {
  const { db, config, log } = deps;
  const handler: OutboxHandler = async (row): Promise<DeliveryResult> => {
    const id = idOf(row.payload);
    if (!id) return { status: 'failed', error: 'Not a voicemail: the payload has no voicemailId' };
    const voicemail = await getVoicemail(db, id);
    if (!voicemail) return { status: 'cancelled', reason: `No voicemail ${id} any more` };
    if (voicemail.deletedAt) return { status: 'cancelled', reason: 'The voicemail was deleted' };
    if (voicemail.transcriptStatus !== 'pending') {
      return { status: 'cancelled', reason: `The transcript is ${voicemail.transcriptStatus}` };
    }
    if (!engine) return { status: 'failed', error: 'Azure Speech is not set up any more' };
    if (voicemail.audioStatus !== 'stored' || !voicemail.audioFile) {
      return {
        status: 'failed',
        error: `There is no audio to transcribe (it is ${voicemail.audioStatus})`,
      };
    }
    const speech = voicemail.numberId
      ? await getNumberSpeech(db, voicemail.numberId)
      : { languages: ['en-US'], profanity: 'masked' as const };
    let transcript: Awaited<ReturnType<SpeechEngine['transcribe']>>;
    try {
      const wav = await readFile(audioPath(config.dataDir, voicemail.audioFile));
      transcript = await engine.transcribe(wav, speech);
    } catch (error) {
      const message = (error as Error).message;
      return error instanceof UnsupportedAudioError
        ? { status: 'failed', error: message }
        : { status: 'retry', error: message };
    }
    await transaction(db, async (tx) => {
      await recordEngineTranscript(tx, id, { ...transcript, engine: 'azure' });
      await enqueueNotifications({ ...deps, db: tx }, { type: 'voicemail.new', voicemailId: id });
    });
    log.info('voicemail: transcribed', { voicemailId: id, language: transcript.language });
    return {
      status: 'sent',
      result: {
        language: transcript.language,
        confidence: transcript.confidence,
        chars: transcript.text.length,
      },
    };
  };

  handler.afterDelivery = async (row, outcome) => {
    const id = idOf(row.payload);
    if (!id || (outcome.status !== 'retry' && outcome.status !== 'failed')) return;
    if (row.status === 'pending') {
      await recordTranscriptError(db, id, outcome.error, false, 'azure');
      return;
    }
    await transaction(db, async (tx) => {
      await recordTranscriptError(tx, id, outcome.error, true, 'azure');
      const voicemail = await getVoicemail(tx, id);
      if (voicemail && !voicemail.deletedAt) {
        await enqueueNotifications({ ...deps, db: tx }, { type: 'voicemail.new', voicemailId: id });
      }
    });
    log.warn('voicemail: transcription failed for good', { voicemailId: id, error: outcome.error });
  };
  return handler;
}
