import type { Migration } from '../migrate.js';

/**
 * Auto-replies: each number's rules and guards, the message log (texts in and
 * out, whoever wrote them), and every decision to send or not, with its
 * reason. A decided text is an outgoing message row and an outbox row, both
 * written in the transaction of the webhook that decided it. Calls learn
 * when someone answered, for the conversation guard.
 */
export const autoReplies: Migration = {
  version: 5,
  name: 'auto-replies',
  sql: /* sql */ `
    CREATE TABLE auto_reply_settings (
      phone_number_id TEXT PRIMARY KEY REFERENCES phone_numbers (id) ON DELETE CASCADE,
      -- The AutoReplySettings document: rules and guards.
      document TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE messages (
      id TEXT PRIMARY KEY,
      phone_number_id TEXT REFERENCES phone_numbers (id) ON DELETE SET NULL,
      direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
      author TEXT NOT NULL CHECK (author IN ('contact', 'team', 'auto-reply')),
      contact_number TEXT NOT NULL,
      business_number TEXT NOT NULL,
      body TEXT NOT NULL,
      -- The provider's id: MessageSid of a text received, the sid of one sent.
      provider_message_id TEXT UNIQUE,
      status TEXT NOT NULL
        CHECK (status IN ('received', 'scheduled', 'sent', 'failed', 'cancelled')),
      error TEXT,
      outbox_id INTEGER REFERENCES outbox (id),
      at TEXT NOT NULL,
      sent_at TEXT
    );
    CREATE INDEX messages_contact ON messages (phone_number_id, contact_number, at DESC);
    CREATE INDEX messages_at ON messages (at DESC);
    CREATE INDEX messages_outbox ON messages (outbox_id);

    CREATE TABLE auto_reply_decisions (
      id TEXT PRIMARY KEY,
      phone_number_id TEXT REFERENCES phone_numbers (id) ON DELETE CASCADE,
      contact_number TEXT NOT NULL,
      trigger TEXT NOT NULL,
      -- What caused it: a call that ended, or a text received.
      call_id TEXT REFERENCES calls (id) ON DELETE SET NULL,
      message_id TEXT REFERENCES messages (id) ON DELETE SET NULL,
      source TEXT NOT NULL CHECK (source IN ('rule', 'flow')),
      source_id TEXT NOT NULL,
      source_name TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('send', 'skip')),
      reason TEXT NOT NULL,
      detail TEXT NOT NULL,
      variant TEXT,
      text TEXT,
      send_at TEXT,
      -- The outgoing message, for a decision to send.
      reply_message_id TEXT REFERENCES messages (id) ON DELETE SET NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX auto_reply_decisions_number ON auto_reply_decisions (phone_number_id, at DESC);
    CREATE INDEX auto_reply_decisions_call ON auto_reply_decisions (call_id);
    CREATE INDEX auto_reply_decisions_message ON auto_reply_decisions (message_id);

    -- When a team member picked up (the dialled leg's "answered" event): while such
    -- a call lasts, the team is talking to the caller and auto-replies hold back.
    ALTER TABLE calls ADD COLUMN answered_at TEXT;
  `,
};
