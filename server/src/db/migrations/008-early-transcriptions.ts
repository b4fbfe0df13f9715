import type { Migration } from '../migrate.js';

/**
 * Early transcriptions: Twilio's transcription callback may come before the
 * recording status callback that creates the voicemail. It is kept here,
 * by the provider's recording id, until that voicemail comes (and takes
 * it, in the transaction that creates it) or the retention job removes it
 * a day later.
 */
export const earlyTranscriptions: Migration = {
  version: 8,
  name: 'early-transcriptions',
  sql: /* sql */ `
    CREATE TABLE early_transcriptions (
      provider TEXT NOT NULL,
      -- The provider's recording (Twilio: RecordingSid), as voicemails.provider_recording_id.
      provider_recording_id TEXT NOT NULL,
      -- The provider's own word (Twilio: TranscriptionStatus, 'completed' or 'failed').
      status TEXT NOT NULL,
      text TEXT,
      received_at TEXT NOT NULL,
      PRIMARY KEY (provider, provider_recording_id)
    );
    CREATE INDEX early_transcriptions_received ON early_transcriptions (received_at);
  `,
};
