import type { Migration } from '../migrate.js';

/**
 * A trace row's instant as milliseconds since 1970 (UTC) rather than ISO
 * text: 6 bytes instead of 24, in each of the five or so rows a call writes.
 * SQLite cannot change a column's type in place, so the table is rebuilt;
 * every row keeps its instant to the millisecond.
 */
export const traceTimeInteger: Migration = {
  version: 20,
  name: 'trace-time-integer',
  sql: /* sql */ `
    CREATE TABLE call_trace_new (
      call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
      -- The write's place in the call's trace: 0, 1, 2...
      n INTEGER NOT NULL,
      step INTEGER NOT NULL,
      -- Milliseconds since 1970-01-01T00:00:00Z.
      at INTEGER NOT NULL,
      -- [[kind, data], ...] in order (kind: webhook, event, instruction or note), as JSON:
      -- packed (a BLOB), or text for entries from before migration 14.
      entries TEXT NOT NULL,
      -- The exact reply sent for the instruction among the entries: packed (a BLOB),
      -- or text for entries from before migration 14. Replayed to a retried webhook.
      response,
      PRIMARY KEY (call_id, n)
    ) WITHOUT ROWID;
    INSERT INTO call_trace_new (call_id, n, step, at, entries, response)
      SELECT call_id, n, step, CAST(ROUND(unixepoch(at, 'subsec') * 1000) AS INTEGER), entries, response
      FROM call_trace;
    DROP TABLE call_trace;
    ALTER TABLE call_trace_new RENAME TO call_trace;
  `,
};
