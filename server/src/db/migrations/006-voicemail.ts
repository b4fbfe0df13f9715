import type { Migration } from '../migrate.js';

/**
 * The voicemail half: each message left is a record of its own, with its
 * audio copied from the provider, read marks per user, comments, and who
 * handles it. Notifications of voicemails, missed calls and texts go to
 * users by e-mail (each user's choice), to a number's Slack channel and to
 * outgoing webhooks; every delivery attempt is logged. Workspace settings
 * hold retention.
 */
export const voicemail: Migration = {
  version: 6,
  name: 'voicemail',
  sql: /* sql */ `
    CREATE TABLE voicemails (
      id TEXT PRIMARY KEY,
      call_id TEXT REFERENCES calls (id) ON DELETE SET NULL,
      phone_number_id TEXT REFERENCES phone_numbers (id) ON DELETE SET NULL,
      caller_number TEXT NOT NULL,
      business_number TEXT NOT NULL,
      provider TEXT NOT NULL,
      -- The provider's recording (Twilio: RecordingSid and RecordingUrl without extension).
      provider_recording_id TEXT NOT NULL,
      provider_recording_url TEXT NOT NULL,
      -- What the provider said the length was; the file's own length wins once read.
      reported_duration_seconds INTEGER,
      -- When the message was left.
      at TEXT NOT NULL,
      audio_status TEXT NOT NULL DEFAULT 'fetching'
        CHECK (audio_status IN ('fetching', 'stored', 'unavailable', 'deleted')),
      audio_error TEXT,
      -- Relative to the data directory, e.g. recordings/vm_xxx.wav.
      audio_file TEXT,
      audio_content_type TEXT,
      audio_bytes INTEGER,
      audio_sha256 TEXT,
      duration_seconds REAL,
      audio_deleted_at TEXT,
      audio_deleted_reason TEXT CHECK (audio_deleted_reason IN ('retention', 'user')),
      provider_deleted_at TEXT,
      transcript TEXT,
      transcript_status TEXT NOT NULL DEFAULT 'none'
        CHECK (transcript_status IN ('none', 'pending', 'done', 'failed')),
      transcript_error TEXT,
      status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'handled')),
      handled_at TEXT,
      handled_by TEXT REFERENCES users (id) ON DELETE SET NULL,
      assignee_id TEXT REFERENCES users (id) ON DELETE SET NULL,
      -- A deleted voicemail leaves this row (without audio or transcript) so the call log can say so.
      deleted_at TEXT,
      deleted_by TEXT REFERENCES users (id) ON DELETE SET NULL,
      UNIQUE (provider, provider_recording_id)
    );
    CREATE INDEX voicemails_at ON voicemails (at DESC);
    CREATE INDEX voicemails_call ON voicemails (call_id);
    CREATE INDEX voicemails_number ON voicemails (phone_number_id, at DESC);

    -- Opening a voicemail marks it read for the user who opened it.
    CREATE TABLE voicemail_reads (
      voicemail_id TEXT NOT NULL REFERENCES voicemails (id) ON DELETE CASCADE,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      PRIMARY KEY (voicemail_id, user_id)
    );

    CREATE TABLE voicemail_comments (
      id TEXT PRIMARY KEY,
      voicemail_id TEXT NOT NULL REFERENCES voicemails (id) ON DELETE CASCADE,
      author_id TEXT REFERENCES users (id) ON DELETE SET NULL,
      author_name TEXT NOT NULL,
      body TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX voicemail_comments_voicemail ON voicemail_comments (voicemail_id, at);

    -- Copy a recording, then delete it at the provider (off by default).
    ALTER TABLE phone_numbers ADD COLUMN delete_provider_recordings INTEGER NOT NULL DEFAULT 0;

    -- A number's own notification channels: its Slack incoming webhook, and which events go there.
    CREATE TABLE number_notifications (
      phone_number_id TEXT PRIMARY KEY REFERENCES phone_numbers (id) ON DELETE CASCADE,
      document TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    -- Each user's e-mail choices: which events, for which numbers.
    CREATE TABLE user_notifications (
      user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
      document TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    -- Outgoing webhooks (CRMs, ticket tools): signed JSON for each event subscribed.
    CREATE TABLE webhook_endpoints (
      id TEXT PRIMARY KEY,
      -- NULL: every number.
      phone_number_id TEXT REFERENCES phone_numbers (id) ON DELETE CASCADE,
      url TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      secret TEXT NOT NULL,
      events TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL
    );

    -- Every attempt to deliver a notification (e-mail, Slack, webhook), with the answer.
    CREATE TABLE notification_deliveries (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      outbox_id INTEGER REFERENCES outbox (id) ON DELETE SET NULL,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'slack', 'webhook')),
      -- The user (e-mail), number (Slack) or endpoint (webhook) it went to.
      target_id TEXT NOT NULL,
      event_id TEXT NOT NULL,
      event_type TEXT NOT NULL,
      attempt INTEGER NOT NULL,
      at TEXT NOT NULL,
      ok INTEGER NOT NULL,
      status_code INTEGER,
      error TEXT,
      duration_ms INTEGER
    );
    CREATE INDEX notification_deliveries_target ON notification_deliveries (channel, target_id, id DESC);
    -- Retention deletes old outbox rows and texts; these keep the ON DELETE SET NULL of
    -- the rows pointing at them from scanning whole tables.
    CREATE INDEX notification_deliveries_outbox ON notification_deliveries (outbox_id);
    CREATE INDEX auto_reply_decisions_reply ON auto_reply_decisions (reply_message_id);

    -- Workspace-wide settings, one JSON document per key (e.g. 'retention').
    CREATE TABLE workspace_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
  `,
};
