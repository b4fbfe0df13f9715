/**
 * @module
 * What the flow asked of a call's recording: the trace keeps each reply sent
 * (its instruction), so a recording that arrives after the call ended can
 * still be matched with the voicemail node that took it.
 */

import { lastInstruction } from './call-trace.js';
import type { Connection } from './sql/connection.js';

/**
 * True when the call's last `record` instruction asked for a transcript.
 *
 * @example
 * if (await recordingWantsTranscript(db, call.id)) markTranscriptPending(db, voicemail.id);
 */
export async function recordingWantsTranscript(db: Connection, callId: string): Promise<boolean> {
  return (
    (await lastInstruction<{ transcribe?: boolean }>(db, callId, 'record'))?.transcribe === true
  );
}
