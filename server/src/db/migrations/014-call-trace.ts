import type { Migration } from '../migrate.js';

/**
 * A call's trace in fewer, smaller rows. `call_events` kept one row per entry
 * (a webhook, the event it meant, the instruction sent, a note: eleven rows for
 * a call to voicemail) with an AUTOINCREMENT id and a second index on the
 * call. `call_trace` keeps one row per write (a step's webhook, event, notes and
 * instruction together), clustered by call (WITHOUT ROWID: no second index, no
 * sqlite_sequence write per row), its entries and reply packed (packed-text.ts).
 * Existing entries move over one row each, as text.
 */
export const callTrace: Migration = {
  version: 14,
  name: 'call-trace',
  sql: /* sql */ `
    CREATE TABLE call_trace (
      call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
      -- The write's place in the call's trace: 0, 1, 2...
      n INTEGER NOT NULL,
      step INTEGER NOT NULL,
      at TEXT NOT NULL,
      -- [[kind, data], ...] in order (kind: webhook, event, instruction or note), as JSON:
      -- packed (a BLOB), or text for entries from before this table.
      entries TEXT NOT NULL,
      -- The exact reply sent for the instruction among the entries: packed (a BLOB),
      -- or text for entries from before this table. Replayed to a retried webhook.
      response,
      PRIMARY KEY (call_id, n)
    ) WITHOUT ROWID;
    INSERT INTO call_trace (call_id, n, step, at, entries, response)
      SELECT call_id, ROW_NUMBER() OVER (PARTITION BY call_id ORDER BY id) - 1, step, at,
        json_array(json_array(kind, json(data))), response
      FROM call_events;
    DROP TABLE call_events;
  `,
};
