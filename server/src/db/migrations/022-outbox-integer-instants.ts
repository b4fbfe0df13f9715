import type { Migration } from '../migrate.js';

/**
 * The outbox's instants as milliseconds since 1970 (UTC) rather than ISO
 * text: four or five of them a row, 6 bytes each instead of 24, about 145
 * bytes of every call that leaves a voicemail and gets a text. The worker's
 * `not_before <= ?` compares numbers as it compared text. SQLite cannot
 * change a column's type in place, so the table is rebuilt (foreign keys off,
 * as migrate() runs it), keeping every row, its id and AUTOINCREMENT's
 * high-water mark, so an id is never given twice.
 */
export const outboxIntegerInstants: Migration = {
  version: 22,
  name: 'outbox-integer-instants',
  sql: /* sql */ `
    CREATE TABLE outbox_new (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      payload TEXT NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL
        CHECK (status IN ('pending', 'sent', 'failed', 'cancelled', 'unknown')),
      attempts INTEGER NOT NULL DEFAULT 0,
      -- Instants in milliseconds since 1970-01-01T00:00:00Z.
      not_before INTEGER NOT NULL,
      last_error TEXT,
      created_at INTEGER NOT NULL,
      sent_at INTEGER,
      result TEXT,
      updated_at INTEGER NOT NULL,
      -- Set just before a request goes to the provider; cleared when its answer is recorded.
      attempt_started_at INTEGER
    );
    INSERT INTO outbox_new (id, kind, payload, idempotency_key, status, attempts, not_before,
        last_error, created_at, sent_at, result, updated_at, attempt_started_at)
      SELECT id, kind, payload, idempotency_key, status, attempts,
        CAST(ROUND(unixepoch(not_before, 'subsec') * 1000) AS INTEGER),
        last_error,
        CAST(ROUND(unixepoch(created_at, 'subsec') * 1000) AS INTEGER),
        CAST(ROUND(unixepoch(sent_at, 'subsec') * 1000) AS INTEGER),
        result,
        -- Rows from before migration 4 may have no update time: their creation stands in.
        CAST(ROUND(unixepoch(COALESCE(NULLIF(updated_at, ''), created_at), 'subsec') * 1000) AS INTEGER),
        CAST(ROUND(unixepoch(attempt_started_at, 'subsec') * 1000) AS INTEGER)
      FROM outbox;
    -- The copy set the new table's mark to its highest id; the old one may be past it.
    UPDATE sqlite_sequence
      SET seq = (SELECT MAX(seq) FROM sqlite_sequence WHERE name IN ('outbox', 'outbox_new'))
      WHERE name = 'outbox_new';
    INSERT INTO sqlite_sequence (name, seq)
      SELECT 'outbox_new', seq FROM sqlite_sequence
      WHERE name = 'outbox' AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox_new');
    DROP TABLE outbox;
    ALTER TABLE outbox_new RENAME TO outbox;
    CREATE INDEX outbox_due ON outbox (not_before, id) WHERE status = 'pending';
  `,
};
