/**
 * @module
 * Twilio's transcription of a recording (the fallback without Azure, when
 * the voicemail node asks): the text of the voicemail with that recording,
 * engine 'twilio'. A transcription for a recording Ringflow has no voicemail
 * of (yet) is not kept: it is logged, and the voicemail, if it comes, says
 * "not transcribed yet".
 */
import { inTransaction } from '../db/database.js';
import {
  findVoicemailByRecording,
  markTranscriptPending,
  recordEngineTranscript,
  recordTranscriptError,
} from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';

export type TranscriptionOutcome = 'stored' | 'failed' | 'no-voicemail' | 'ignored';

/**
 * @example
 * keepTwilioTranscription(deps, { RecordingSid: 'RE…', TranscriptionStatus: 'completed',
 *   TranscriptionText: 'Hi, call me back' }); // 'stored'
 */
export function keepTwilioTranscription(
  deps: Pick<ServerDeps, 'db' | 'log'>,
  params: Record<string, string>,
): TranscriptionOutcome {
  const { db, log } = deps;
  const { RecordingSid, TranscriptionStatus, TranscriptionText } = params;
  if (!RecordingSid) return 'ignored';
  return inTransaction(db, () => {
    const voicemail = findVoicemailByRecording(db, 'twilio', RecordingSid);
    if (!voicemail || voicemail.deletedAt) {
      log.warn('transcription for a recording without a voicemail: not kept', {
        recordingSid: RecordingSid,
        callSid: params.CallSid,
      });
      return 'no-voicemail';
    }
    if (TranscriptionStatus === 'completed') {
      recordEngineTranscript(db, voicemail.id, {
        text: TranscriptionText ?? '',
        language: 'en-US',
        confidence: null,
        engine: 'twilio',
      });
      return 'stored';
    }
    // Twilio does not say why; its usual reasons are a message over two minutes or silence.
    const error = `Twilio could not transcribe the message (status ${TranscriptionStatus || 'unknown'})`;
    // A transcription nobody marked as expected is recorded all the same.
    markTranscriptPending(db, voicemail.id);
    recordTranscriptError(db, voicemail.id, error, true, 'twilio');
    return 'failed';
  });
}
