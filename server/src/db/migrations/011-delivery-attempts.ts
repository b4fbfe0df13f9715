import type { Migration } from '../migrate.js';

/**
 * Texts sent exactly once across a crash. Before a request goes to the
 * provider the outbox row records when the attempt began
 * (`attempt_started_at`), and only the recorded answer clears it: a row
 * claimed again with the mark still set lost its answer, so the provider is
 * asked whether the text exists before anything is sent again. When the
 * provider cannot tell, the row and its message end 'unknown' rather than
 * guess. SQLite cannot widen a CHECK in place, so both tables are rebuilt
 * (the migration runs with foreign keys off, as SQLite's procedure asks).
 */
export const deliveryAttempts: Migration = {
  version: 11,
  name: 'delivery-attempts',
  sql: /* sql */ `
    CREATE TABLE outbox_new (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      payload TEXT NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL
        CHECK (status IN ('pending', 'sent', 'failed', 'cancelled', 'unknown')),
      attempts INTEGER NOT NULL DEFAULT 0,
      not_before TEXT NOT NULL,
      last_error TEXT,
      created_at TEXT NOT NULL,
      sent_at TEXT,
      result TEXT,
      updated_at TEXT NOT NULL DEFAULT '',
      -- Set just before a request goes to the provider; cleared when its answer is recorded.
      attempt_started_at TEXT
    );
    INSERT INTO outbox_new (id, kind, payload, idempotency_key, status, attempts, not_before,
        last_error, created_at, sent_at, result, updated_at)
      SELECT id, kind, payload, idempotency_key, status, attempts, not_before,
        last_error, created_at, sent_at, result, updated_at FROM outbox;
    DROP TABLE outbox;
    ALTER TABLE outbox_new RENAME TO outbox;
    CREATE INDEX outbox_due ON outbox (status, not_before);
    CREATE INDEX outbox_kind ON outbox (kind, id);

    CREATE TABLE messages_new (
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
        CHECK (status IN ('received', 'scheduled', 'sent', 'failed', 'cancelled', 'unknown')),
      error TEXT,
      outbox_id INTEGER REFERENCES outbox (id),
      at TEXT NOT NULL,
      sent_at TEXT
    );
    INSERT INTO messages_new SELECT id, phone_number_id, direction, author, contact_number,
      business_number, body, provider_message_id, status, error, outbox_id, at, sent_at FROM messages;
    DROP TABLE messages;
    ALTER TABLE messages_new RENAME TO messages;
    CREATE INDEX messages_contact ON messages (phone_number_id, contact_number, at DESC);
    CREATE INDEX messages_at ON messages (at DESC);
    CREATE INDEX messages_outbox ON messages (outbox_id);
  `,
};
