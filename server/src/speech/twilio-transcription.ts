/**
 * @module
 * Twilio's transcription of a recording (the fallback without Azure, when
 * the voicemail node asks): the text of the voicemail with that recording,
 * engine 'twilio'. Twilio's transcription callback and its recording status
 * callback (which creates the voicemail) come in no promised order, so a
 * transcription for a recording of a known call with no voicemail yet is
 * kept until the voicemail comes (see `expectTwilioTranscript`). Twilio
 * transcribes messages up to 2 minutes only; a longer one is marked "not
 * transcribed" at once instead of waiting, and any other waits at most
 * 30 minutes (see twilio-transcript-deadline.ts).
 */
import { findCallByProviderId } from '../db/calls.js';
import { keepEarlyTranscription, takeEarlyTranscription } from '../db/early-transcriptions.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import {
  awaitTwilioTranscript,
  markTranscriptPending,
  recordEngineTranscript,
  recordTranscriptError,
} from '../db/voicemail-transcripts.js';
import { findVoicemailByRecording, type Voicemail } from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';
import { TWILIO } from '../providers/twilio/name.js';

export type TranscriptionOutcome = 'stored' | 'failed' | 'early' | 'no-voicemail' | 'ignored';

/** The longest message Twilio transcribes, in seconds. */
export const TWILIO_TRANSCRIPTION_MAX_SECONDS = 120;

export const TWILIO_TOO_LONG = 'Twilio transcribes messages up to 2 minutes';

/** What Twilio's transcription callback said. */
export interface TwilioTranscription {
  status: string;
  text: string | null;
}

const tooLong = (voicemail: Pick<Voicemail, 'reportedDurationSeconds'>) =>
  (voicemail.reportedDurationSeconds ?? 0) > TWILIO_TRANSCRIPTION_MAX_SECONDS;

/** Writes Twilio's transcription onto its voicemail; call inside a transaction. */
async function applyTranscription(
  db: Connection,
  voicemail: Voicemail,
  transcription: TwilioTranscription,
): Promise<'stored' | 'failed'> {
  if (transcription.status === 'completed') {
    await recordEngineTranscript(db, voicemail.id, {
      text: transcription.text ?? '',
      language: 'en-US',
      confidence: null,
      engine: 'twilio',
    });
    return 'stored';
  }
  // Twilio does not say why; its usual reasons are a message over two minutes or silence.
  const error = tooLong(voicemail)
    ? TWILIO_TOO_LONG
    : `Twilio could not transcribe the message (status ${transcription.status || 'unknown'})`;
  // A transcription nobody marked as expected is recorded all the same.
  await markTranscriptPending(db, voicemail.id);
  await recordTranscriptError(db, voicemail.id, error, true, 'twilio');
  return 'failed';
}

/**
 * Handles Twilio's transcription callback.
 *
 * @example
 * keepTwilioTranscription(deps, { CallSid: 'CA…', RecordingSid: 'RE…', TranscriptionStatus: 'completed',
 *   TranscriptionText: 'Hi, call me back' }); // 'stored', or 'early' before the voicemail exists
 */
export async function keepTwilioTranscription(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'log'>,
  params: Record<string, string>,
): Promise<TranscriptionOutcome> {
  const { db, clock, log } = deps;
  const { RecordingSid, TranscriptionStatus, TranscriptionText, CallSid } = params;
  if (!RecordingSid) return 'ignored';
  const transcription = { status: TranscriptionStatus ?? '', text: TranscriptionText ?? null };
  return await transaction(db, async (tx) => {
    const voicemail = await findVoicemailByRecording(tx, TWILIO, RecordingSid);
    if (voicemail && !voicemail.deletedAt)
      return await applyTranscription(tx, voicemail, transcription);
    // Before the recording status callback: kept for the voicemail it is about to create.
    if (!voicemail && CallSid && (await findCallByProviderId(tx, TWILIO, CallSid))) {
      await keepEarlyTranscription(tx, {
        provider: TWILIO,
        providerRecordingId: RecordingSid,
        ...transcription,
        receivedAt: clock.now().toISOString(),
      });
      return 'early';
    }
    log.warn('transcription for a recording without a voicemail: not kept', {
      recordingSid: RecordingSid,
      callSid: CallSid,
      deleted: Boolean(voicemail?.deletedAt),
    });
    return 'no-voicemail';
  });
}

/**
 * A new voicemail from Twilio: a transcription that came before it is
 * applied now. Otherwise, when its transcript is pending on Twilio (no
 * Azure), a message over 2 minutes is marked not transcribed at once, and
 * any other is marked as Twilio's to send, which the sweep of late
 * transcripts (twilio-transcript-deadline.ts) fails after 30 minutes. Call inside the transaction that created it.
 *
 * @example
 * if (created) expectTwilioTranscript(deps, voicemail, { pending: wantsTranscript });
 */
export async function expectTwilioTranscript(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config'>,
  voicemail: Voicemail,
  options: { pending: boolean },
): Promise<void> {
  const { db, config } = deps;
  const early = await takeEarlyTranscription(db, TWILIO, voicemail.providerRecordingId);
  if (early) {
    await applyTranscription(db, voicemail, early);
    return;
  }
  if (!options.pending || config.speech) return;
  if (tooLong(voicemail))
    await recordTranscriptError(db, voicemail.id, TWILIO_TOO_LONG, true, 'twilio');
  else await awaitTwilioTranscript(db, voicemail.id);
}
