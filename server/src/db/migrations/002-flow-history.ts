import type { Migration } from '../migrate.js';

/**
 * Flows keep their history. Deleting a flow hides it instead of removing its
 * rows, because calls keep pointing at the revisions they ran
 * (`calls.revision_id` has no ON DELETE action) and the call log must still
 * show them. And a published revision is never changed: the database itself
 * refuses it (only `author_id` may still be cleared when a user is removed).
 */
export const flowHistory: Migration = {
  version: 2,
  name: 'flow-history',
  sql: /* sql */ `
    ALTER TABLE flows ADD COLUMN deleted_at TEXT;

    CREATE TRIGGER flow_revisions_immutable
    BEFORE UPDATE OF id, flow_id, number, document, message, created_at ON flow_revisions
    BEGIN
      SELECT RAISE(ABORT, 'flow revisions are immutable; publish a new one');
    END;
  `,
};
