/**
 * @module
 * A recording the provider reports as complete becomes a voicemail: the row,
 * the note in the call's trace, the outbox row that copies its audio, and
 * what the transcript waits for (a transcription that came first, or the
 * deadline of Twilio's), all in one transaction, so a crash keeps all or
 * none and a retried callback adds nothing.
 */
import { appendCallEvent, findCallByProviderId } from '../db/calls.js';
import { enqueue } from '../db/outbox.js';
import { recordingWantsTranscript } from '../db/recording-instruction.js';
import { transaction } from '../db/sql/connection.js';
import { insertVoicemail } from '../db/voicemails.js';
import type { ServerDeps } from '../deps.js';
import { TWILIO } from '../providers/twilio/name.js';
import { twilioRecordingUrl } from '../providers/twilio/recordings.js';
import { expectTwilioTranscript } from '../speech/twilio-transcription.js';

export const RECORDING_FETCH_KIND = 'recording-fetch';

export interface RecordingPayload {
  voicemailId: string;
}

export interface CompletedRecording {
  provider: string;
  providerCallId: string;
  recordingId: string;
  /** Where the provider serves the audio (Twilio: without an extension). */
  recordingUrl: string;
  reportedDurationSeconds: number | null;
  /** What goes into the call's trace. */
  note: Record<string, unknown>;
}

/**
 * Null when the URL is the one Twilio gives every recording of the account
 * (built again from the recording's sid when its audio is copied): about 120
 * bytes a voicemail that would say nothing new.
 */
function urlToKeep(config: ServerDeps['config'], recording: CompletedRecording): string | null {
  const { accountSid, apiBaseUrl } = config.twilio;
  if (recording.provider !== TWILIO || !accountSid) return recording.recordingUrl;
  const usual = twilioRecordingUrl(apiBaseUrl, accountSid, recording.recordingId);
  return recording.recordingUrl === usual ? null : recording.recordingUrl;
}

/**
 * Keeps a completed recording; null when the call is not one Ringflow knows.
 *
 * @example
 * const kept = keepRecording(deps, { provider: 'twilio', providerCallId: 'CA...', recordingId: 'RE...',
 *   recordingUrl, reportedDurationSeconds: 20, note: { recording: params } });
 * if (!kept) log.warn('recording for an unknown call');
 */
export async function keepRecording(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config'>,
  recording: CompletedRecording,
): Promise<{ voicemailId: string; created: boolean } | null> {
  const { db, clock } = deps;
  const now = clock.now();
  const at = now.toISOString();
  return await transaction(db, async (tx) => {
    const call = await findCallByProviderId(tx, recording.provider, recording.providerCallId, {
      lock: true,
    });
    if (!call) return null;
    // The voicemail node asked for a transcript: Azure or Twilio will write it.
    const pending = await recordingWantsTranscript(tx, call.id);
    const { voicemail, created } = await insertVoicemail(tx, {
      callId: call.id,
      numberId: call.phoneNumberId,
      caller: call.from,
      business: call.to,
      provider: recording.provider,
      providerRecordingId: recording.recordingId,
      providerRecordingUrl: urlToKeep(deps.config, recording),
      reportedDurationSeconds: recording.reportedDurationSeconds,
      at,
      transcriptStatus: pending ? 'pending' : 'none',
    });
    if (created && recording.provider === TWILIO) {
      await expectTwilioTranscript({ ...deps, db: tx }, voicemail, { pending });
    }
    await appendCallEvent(tx, {
      callId: call.id,
      step: call.step,
      kind: 'note',
      at,
      data: recording.note,
      response: null,
    });
    const payload: RecordingPayload = { voicemailId: voicemail.id };
    await enqueue(tx, {
      kind: RECORDING_FETCH_KIND,
      payload,
      idempotencyKey: `${RECORDING_FETCH_KIND}:${voicemail.id}`,
      now,
    });
    return { voicemailId: voicemail.id, created };
  });
}
