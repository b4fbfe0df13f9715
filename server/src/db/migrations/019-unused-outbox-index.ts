import type { Migration } from '../migrate.js';

/**
 * `outbox_kind` served a list of the outbox by kind that the server no longer
 * reads (the worker reads `outbox_due`, the retention job the table, a text
 * its own row by id); every queued text and recording paid an insert into it.
 */
export const unusedOutboxIndex: Migration = {
  version: 19,
  name: 'unused-outbox-index',
  sql: /* sql */ `
    DROP INDEX outbox_kind;
  `,
};
