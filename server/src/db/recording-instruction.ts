/**
 * @module
 * What the flow asked of a call's recording: the trace keeps each reply sent
 * (its instruction), so a recording that arrives after the call ended can
 * still be matched with the voicemail node that took it.
 */
import type { Db } from './database.js';
import { sql } from './statements.js';

/**
 * True when the call's last `record` instruction asked for a transcript.
 *
 * @example
 * if (recordingWantsTranscript(db, call.id)) markTranscriptPending(db, voicemail.id);
 */
export function recordingWantsTranscript(db: Db, callId: string): boolean {
  const row = sql<[string], { transcribe: number | null }>(
    db,
    `SELECT json_extract(data, '$.instruction.transcribe') AS transcribe FROM call_events
     WHERE call_id = ? AND kind = 'instruction' AND json_extract(data, '$.instruction.type') = 'record'
     ORDER BY id DESC LIMIT 1`,
  ).get(callId);
  return row?.transcribe === 1;
}
