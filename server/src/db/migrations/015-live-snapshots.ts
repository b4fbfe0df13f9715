import type { Migration } from '../migrate.js';

/**
 * A live call's machine snapshot in a table of its own, its row deleted when
 * the call ends. Kept in `calls`, the snapshot (about 1 KB, rewritten at every
 * step, then dropped at the end) left most of each page of finished calls
 * empty: 1.2 KB of `calls` per finished call. Now a finished call's row is
 * written small and only grows by its result at the end, and the snapshots'
 * pages are reused by the next live calls.
 */
export const liveSnapshots: Migration = {
  version: 15,
  name: 'live-snapshots',
  sql: /* sql */ `
    CREATE TABLE call_snapshots (
      call_id TEXT PRIMARY KEY REFERENCES calls (id) ON DELETE CASCADE,
      -- The XState snapshot, plain JSON.
      snapshot TEXT NOT NULL
    );
    INSERT INTO call_snapshots (call_id, snapshot)
      SELECT id, snapshot FROM calls WHERE snapshot IS NOT NULL;
    ALTER TABLE calls DROP COLUMN snapshot;
  `,
};
