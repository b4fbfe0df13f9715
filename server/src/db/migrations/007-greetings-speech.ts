import type { Migration } from '../migrate.js';

/**
 * Greetings and speech: greetings become versioned audio files (uploaded,
 * recorded in the browser, or synthesised from text), synthesised speech is
 * cached by what was said and how, each number says how its voicemails are
 * transcribed, and a transcript records its language, confidence and engine.
 */
export const greetingsSpeech: Migration = {
  version: 7,
  name: 'greetings-speech',
  sql: /* sql */ `
    -- A replaced file bumps the version, so signed URLs of the old audio stop matching.
    ALTER TABLE greetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE greetings ADD COLUMN bytes INTEGER;
    ALTER TABLE greetings ADD COLUMN sha256 TEXT;
    -- For text-to-speech greetings: the voice and language chosen.
    ALTER TABLE greetings ADD COLUMN voice TEXT;
    ALTER TABLE greetings ADD COLUMN language TEXT;
    -- For text-to-speech greetings: 'pending' while the engine works, 'done' with a file,
    -- 'failed' with the reason, 'unavailable' when no engine is set up (the provider's <Say> speaks).
    ALTER TABLE greetings ADD COLUMN synthesis_status TEXT
      CHECK (synthesis_status IN ('pending', 'done', 'failed', 'unavailable'));
    ALTER TABLE greetings ADD COLUMN synthesis_error TEXT;
    ALTER TABLE greetings ADD COLUMN updated_at TEXT;

    -- Speech synthesised once and kept, by what was said and how.
    CREATE TABLE speech_cache (
      -- sha256 of text, voice, language and format.
      key TEXT PRIMARY KEY,
      text TEXT NOT NULL,
      voice TEXT NOT NULL,
      language TEXT NOT NULL,
      format TEXT NOT NULL,
      -- Relative to the data directory, e.g. speech/<key>.wav.
      file TEXT NOT NULL,
      content_type TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      duration_seconds REAL,
      created_at TEXT NOT NULL
    );

    -- How a number's voicemails are transcribed: {"languages": ["en-US"], "profanity": "masked"}.
    CREATE TABLE number_speech (
      phone_number_id TEXT PRIMARY KEY REFERENCES phone_numbers (id) ON DELETE CASCADE,
      document TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    ALTER TABLE voicemails ADD COLUMN transcript_language TEXT;
    ALTER TABLE voicemails ADD COLUMN transcript_confidence REAL;
    -- 'azure' or 'twilio'; a person's correction keeps the engine and sets edited_*.
    ALTER TABLE voicemails ADD COLUMN transcript_engine TEXT;
    ALTER TABLE voicemails ADD COLUMN transcript_edited_at TEXT;
    ALTER TABLE voicemails ADD COLUMN transcript_edited_by TEXT REFERENCES users (id) ON DELETE SET NULL;
  `,
};
