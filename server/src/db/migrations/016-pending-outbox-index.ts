import type { Migration } from '../migrate.js';

/**
 * The worker looks only for pending rows that are due; the index it reads
 * held every row ever queued, each finished one kept to the end of retention.
 * Now it holds the pending rows alone: a row leaves it when it is sent, and a
 * finished call costs its index nothing.
 */
export const pendingOutboxIndex: Migration = {
  version: 16,
  name: 'pending-outbox-index',
  sql: /* sql */ `
    DROP INDEX outbox_due;
    CREATE INDEX outbox_due ON outbox (not_before, id) WHERE status = 'pending';
  `,
};
