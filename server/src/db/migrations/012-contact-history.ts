import type { Migration } from '../migrate.js';

/**
 * Auto-reply guards ask, for every call that ends and every text that
 * arrives, when the team last texted the contact and when the last
 * auto-reply to them goes out. Both questions read the newest matching row
 * of an index, so a decision costs the same for a contact with ten messages
 * and for one with a hundred thousand.
 */
export const contactHistory: Migration = {
  version: 12,
  name: 'contact-history',
  sql: /* sql */ `
    CREATE INDEX messages_contact_author
      ON messages (phone_number_id, contact_number, author, at);
    CREATE INDEX auto_reply_decisions_contact_send
      ON auto_reply_decisions (phone_number_id, contact_number, send_at)
      WHERE reply_message_id IS NOT NULL;
  `,
};
