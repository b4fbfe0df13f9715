import type { Migration } from '../migrate.js';

/**
 * Retention runs as the server starts and then daily; deleting auto-reply
 * decisions older than the cut-off read every decision without an index on
 * their time (a quarter of a second at 100,000, holding up the first
 * webhooks after a restart). With it, a run that finds nothing to delete
 * reads nothing.
 */
export const retentionIndexes: Migration = {
  version: 13,
  name: 'retention-indexes',
  sql: /* sql */ `
    CREATE INDEX auto_reply_decisions_at ON auto_reply_decisions (at);
  `,
};
