import type { Migration } from '../migrate.js';

/**
 * A decision names the call or the text that caused it, never both, and
 * often sends nothing: three of its indexes held a NULL entry for every such
 * decision, an insert each that no query reads (they all look a value up:
 * `call_id = ?`, `message_id IN (...)`, `reply_message_id = ?`). Partial, they
 * hold only the rows that have the value.
 */
export const partialDecisionIndexes: Migration = {
  version: 23,
  name: 'partial-decision-indexes',
  sql: /* sql */ `
    DROP INDEX auto_reply_decisions_call;
    DROP INDEX auto_reply_decisions_message;
    DROP INDEX auto_reply_decisions_reply;
    CREATE INDEX auto_reply_decisions_call ON auto_reply_decisions (call_id) WHERE call_id IS NOT NULL;
    CREATE INDEX auto_reply_decisions_message ON auto_reply_decisions (message_id)
      WHERE message_id IS NOT NULL;
    CREATE INDEX auto_reply_decisions_reply ON auto_reply_decisions (reply_message_id)
      WHERE reply_message_id IS NOT NULL;
  `,
};
