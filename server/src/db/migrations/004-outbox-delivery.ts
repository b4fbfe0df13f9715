import type { Migration } from '../migrate.js';

/**
 * What delivering outbox rows needs: the provider's answer (`result`, JSON:
 * a message's sid and status, or an error's code and message) and when the
 * row last changed. A claimed row stays 'pending' with `not_before` pushed
 * forward by a lease, so no new status is needed: a crashed worker's row is
 * simply due again when its lease runs out.
 */
export const outboxDelivery: Migration = {
  version: 4,
  name: 'outbox-delivery',
  sql: /* sql */ `
    ALTER TABLE outbox ADD COLUMN result TEXT;
    ALTER TABLE outbox ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
    UPDATE outbox SET updated_at = COALESCE(sent_at, created_at);
    CREATE INDEX outbox_kind ON outbox (kind, id);
  `,
};
