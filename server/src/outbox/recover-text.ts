/**
 * @module
 * A text whose request went out and whose answer never came back (the
 * process died, the connection dropped, Twilio timed out) may or may not
 * exist. Before sending it again, Twilio is asked: a match is recorded as
 * sent with its sid; none means it never arrived and it is sent again; when
 * Twilio cannot say, the row stays in doubt and is asked about again later,
 * ending 'unknown' (left for a person) rather than risking a second text.
 */
import type { OutboxRow } from '../db/outbox.js';
import { type Connection, sqlOf } from '../db/sql/connection.js';
import type { MessagesClient } from '../providers/twilio/messages.js';
import type { SmsPayload } from './sms.js';
import type { DeliveryResult } from './worker.js';

/** Clocks differ: Twilio's `date_created` may read a little before our mark. */
const SKEW_MS = 5 * 60_000;

/**
 * `undefined`: Twilio holds no such text, send it. Otherwise the outcome to
 * record: sent (with the sid found), or a retry in doubt.
 *
 * @example
 * if (row.attemptStartedAt) {
 *   const recovered = await recoverText(client, db, row);
 *   if (recovered) return recovered;
 * }
 */
export async function recoverText(
  client: MessagesClient,
  db: Connection | undefined,
  row: OutboxRow<SmsPayload>,
): Promise<DeliveryResult | undefined> {
  const startedAt = row.attemptStartedAt;
  if (!startedAt) return undefined;
  const { from, to, body } = row.payload;
  const since = new Date(Date.parse(startedAt) - SKEW_MS).toISOString();
  const found = await client.find({ from, to, body, since });
  if (!found.ok) {
    return {
      status: 'retry',
      inDoubt: true,
      error: `Unknown whether the text went out (its answer was lost, and Twilio could not say: ${found.message}); not sent again`,
      result: { unknown: true, message: found.message },
    };
  }
  const taken = db
    ? await sidsOfOtherRows(
        db,
        row.id,
        found.matches.map((m) => m.sid),
      )
    : new Set();
  // Oldest first: two identical texts in flight take the sids in the order they went.
  const mine = found.matches
    .filter((m) => !taken.has(m.sid))
    .sort((a, b) => a.dateCreated.localeCompare(b.dateCreated))[0];
  if (!mine) return undefined;
  return {
    status: 'sent',
    result: { sid: mine.sid, status: mine.status, recovered: true },
    providerId: mine.sid,
  };
}

/**
 * The sids among `sids` that other outbox rows already recorded as theirs: in
 * their result, or, for a text of the message log, on its message.
 */
async function sidsOfOtherRows(db: Connection, id: number, sids: string[]): Promise<Set<string>> {
  if (sids.length === 0) return new Set();
  const sql = sqlOf(db);
  const rows = await sql.all<{ sid: string }>(
    sql.dialect === 'postgres'
      ? `SELECT result::json->>'sid' AS sid FROM outbox
         WHERE id != @id AND kind = 'sms' AND result::json->>'sid' IN (SELECT json_array_elements_text(@sids::json))
         UNION
         SELECT provider_message_id AS sid FROM messages
         WHERE provider_message_id IN (SELECT json_array_elements_text(@sids::json))
           AND outbox_id IS NOT NULL AND outbox_id != @id`
      : `SELECT json_extract(result, '$.sid') AS sid FROM outbox
         WHERE id != @id AND kind = 'sms' AND json_extract(result, '$.sid') IN (SELECT value FROM json_each(@sids))
         UNION
         SELECT provider_message_id AS sid FROM messages
         WHERE provider_message_id IN (SELECT value FROM json_each(@sids))
           AND outbox_id IS NOT NULL AND outbox_id != @id`,
    { id, sids: JSON.stringify(sids) },
  );
  return new Set(rows.map((r) => r.sid));
}
