import type { Migration } from '../migrate.js';

/**
 * Two indexes no query reads (`EXPLAIN QUERY PLAN` over the server's
 * statements), each an insert for every voicemail or text and about 75–90
 * bytes of every finished call:
 *
 * - `voicemails_number`: the inbox filters by number with `(@numberId IS NULL
 *   OR ...)`, which SQLite answers by walking `voicemails_at` newest first.
 * - `messages_contact`: a contact's texts received are found through
 *   `messages_contact_author` (author 'contact'), which the guards' "last team
 *   text" already needs.
 */
export const unusedContactIndexes: Migration = {
  version: 21,
  name: 'unused-contact-indexes',
  sql: /* sql */ `
    DROP INDEX voicemails_number;
    DROP INDEX messages_contact;
  `,
};
