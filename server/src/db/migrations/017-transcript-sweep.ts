import type { Migration } from '../migrate.js';

/**
 * A voicemail waiting on Twilio's transcript had an outbox row due 30 minutes
 * later, one per voicemail, kept to the end of retention: a third of a
 * finished call's outbox. A sweep over pending transcripts replaces it; this
 * index holds the pending ones alone, so the sweep reads only those. The
 * voicemails of rows still queued are marked as Twilio's to transcribe and
 * the rows cancelled: the sweep gives the same answer.
 */
export const transcriptSweep: Migration = {
  version: 17,
  name: 'transcript-sweep',
  sql: /* sql */ `
    CREATE INDEX voicemails_transcript_pending ON voicemails (at) WHERE transcript_status = 'pending';
    UPDATE voicemails SET transcript_engine = 'twilio'
    WHERE transcript_status = 'pending' AND transcript_engine IS NULL AND id IN (
      SELECT json_extract(payload, '$.voicemailId') FROM outbox
      WHERE kind = 'twilio-transcript-deadline' AND status = 'pending');
    UPDATE outbox SET status = 'cancelled', last_error = 'Replaced by the sweep of late transcripts',
      updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE kind = 'twilio-transcript-deadline' AND status = 'pending';
  `,
};
