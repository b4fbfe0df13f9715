import { getNumber } from '../db/numbers.js';
import { enqueue } from '../db/outbox.js';
import { transaction } from '../db/sql/connection.js';
import { recordTranscriptError } from '../db/voicemail-transcripts.js';
import { getVoicemail, recordAudioError, recordAudioStored } from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';
import { enqueueNotifications } from '../notifications/enqueue.js';
import type { DeliveryResult, OutboxHandler } from '../outbox/worker.js';
import { TWILIO } from '../providers/twilio/name.js';
import { type RecordingsClient, twilioRecordingUrl } from '../providers/twilio/recordings.js';
import { enqueueTranscription } from '../speech/transcribe-job.js';
import {
  audioDuration,
  removeAudioFile,
  sha256,
  sniffAudio,
  writeAudioFile,
} from './audio-file.js';
import { RECORDING_DELETE_KIND } from './delete-recording.js';
import type { RecordingPayload } from './keep-recording.js';

type Deps = Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>;

/** The voicemail id of a recording row, or null for a payload that is not one. */
export function voicemailIdOf(payload: unknown): string | null {
  const id = (payload as Partial<RecordingPayload> | null)?.voicemailId;
  return typeof id === 'string' && id ? id : null;
}

/**
 * @example
 * createOutboxWorker({ ..., handlers: { 'recording-fetch': recordingFetchHandler(deps, twilioRecordings(...)) } });
 */
export function recordingFetchHandler(deps: Deps, client: RecordingsClient): OutboxHandler {
  const { db, clock, config, log } = deps;

  const handler: OutboxHandler = async (row): Promise<DeliveryResult> => {
    const id = voicemailIdOf(row.payload);
    if (!id) return { status: 'failed', error: 'Not a recording: the payload has no voicemailId' };
    const voicemail = await getVoicemail(db, id);
    if (!voicemail) return { status: 'cancelled', reason: `No voicemail ${id} any more` };
    if (voicemail.deletedAt) return { status: 'cancelled', reason: 'The voicemail was deleted' };
    if (voicemail.audioStatus === 'stored') {
      return { status: 'sent', result: { file: voicemail.audioFile, already: true } };
    }
    if (voicemail.audioStatus !== 'fetching') {
      return { status: 'cancelled', reason: `The audio is ${voicemail.audioStatus}` };
    }
    if (voicemail.provider !== TWILIO) {
      return { status: 'failed', error: `Cannot copy recordings from ${voicemail.provider}` };
    }

    const { accountSid, apiBaseUrl } = config.twilio;
    const download = await client.download(
      voicemail.providerRecordingUrl ??
        twilioRecordingUrl(apiBaseUrl, accountSid, voicemail.providerRecordingId),
    );
    if (!download.ok) {
      const result = { httpStatus: download.httpStatus ?? null, message: download.message };
      return download.retryable
        ? { status: 'retry', error: download.message, result }
        : { status: 'failed', error: download.message, result };
    }
    const { bytes } = download;
    const audio = await sniffAudio(bytes);
    if (!audio) {
      return {
        status: 'failed',
        error: `The recording is not audio: the provider sent ${bytes.length} bytes of ${download.contentType ?? 'an unnamed type'}, neither WAV nor MP3`,
      };
    }
    const file = await writeAudioFile(config.dataDir, id, audio.ext, bytes);
    const stored = {
      file,
      contentType: audio.contentType,
      bytes: bytes.length,
      sha256: sha256(bytes),
      durationSeconds: await audioDuration(bytes, audio.contentType),
    };
    const kept = await transaction(db, async (tx) => {
      // Deleted while the download ran: keep nothing.
      const now = await getVoicemail(tx, id);
      if (!now || now.deletedAt || now.audioStatus !== 'fetching') return false;
      await recordAudioStored(tx, id, stored);
      const number = now.numberId ? await getNumber(tx, now.numberId) : undefined;
      if (number?.deleteProviderRecordings) {
        const payload: RecordingPayload = { voicemailId: id };
        await enqueue(tx, {
          kind: RECORDING_DELETE_KIND,
          payload,
          idempotencyKey: `${RECORDING_DELETE_KIND}:${id}`,
          now: clock.now(),
        });
      }
      // With Azure, the announcement waits for the transcript (see speech/transcribe-job.ts).
      if (config.speech && now.transcriptStatus === 'pending')
        await enqueueTranscription({ ...deps, db: tx }, id);
      else
        await enqueueNotifications({ ...deps, db: tx }, { type: 'voicemail.new', voicemailId: id });
      return true;
    });
    if (!kept) {
      await removeAudioFile(config.dataDir, file);
      return {
        status: 'cancelled',
        reason: 'The voicemail was deleted while its audio was copied',
      };
    }
    log.info('voicemail: audio stored', { voicemailId: id, bytes: stored.bytes, file });
    // The voicemail row holds where it went (size, checksum, length): the outbox keeps no copy.
    return { status: 'sent' };
  };

  // A retry keeps the error visible on the voicemail; the last failure makes
  // the audio unavailable for good and announces the voicemail without it.
  handler.afterDelivery = async (row, outcome) => {
    const id = voicemailIdOf(row.payload);
    if (!id) return;
    if (row.status === 'pending' && outcome.status === 'retry') {
      await recordAudioError(db, id, outcome.error, false);
    } else if (row.status === 'failed') {
      const reason = outcome.status === 'failed' ? outcome.error : (row.lastError ?? 'unknown');
      await transaction(db, async (tx) => {
        await recordAudioError(tx, id, reason, true);
        if (config.speech)
          await recordTranscriptError(tx, id, 'There is no audio to transcribe', true, 'azure');
        if ((await getVoicemail(tx, id))?.audioStatus === 'unavailable') {
          await enqueueNotifications(
            { ...deps, db: tx },
            { type: 'voicemail.new', voicemailId: id },
          );
        }
      });
    }
  };
  return handler;
}
