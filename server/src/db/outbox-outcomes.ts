import { type Instant, instantMs, json } from './outbox.js';
import { type Connection, sqlOf } from './sql/connection.js';

/**
 * Only while the row's `attempts` still equals this: a worker whose lease ran
 * out (and whose row another worker claimed since) then changes nothing.
 */
export type Fence = { attempts?: number };

/**
 * Records a delivery. A row cancelled while its delivery was in flight is
 * recorded as sent too, since the text did go out. False when the row was
 * neither pending nor cancelled.
 */
export async function markSent(
  db: Connection,
  id: number,
  update: { result: unknown; at: Instant },
): Promise<boolean> {
  const at = instantMs(update.at);
  return (
    (await sqlOf(db).run(
      `UPDATE outbox SET status = 'sent', result = ?, last_error = NULL, sent_at = ?, updated_at = ?,
         attempt_started_at = NULL
       WHERE id = ? AND status IN ('pending', 'cancelled', 'unknown')`,
      [json(update.result), at, at, id],
    )) > 0
  );
}

/**
 * Records, before a request goes to the provider, that an attempt began; it
 * is committed before the request leaves, so a crash mid-request leaves the
 * mark. False when the row is no longer this claim's (its lease ran out and
 * another worker took it, or it was cancelled): then send nothing.
 *
 * @example
 * if (!startAttempt(db, row.id, { attempts: row.attempts, at: clock.now() })) return;
 * await client.send(text);
 */
export async function startAttempt(
  db: Connection,
  id: number,
  update: { at: Instant } & Fence,
): Promise<boolean> {
  return (
    (await sqlOf(db).run(
      `UPDATE outbox SET attempt_started_at = ?, updated_at = ?
       WHERE id = ? AND status = 'pending' AND (CAST(? AS BIGINT) IS NULL OR attempts = ?)`,
      [
        instantMs(update.at),
        instantMs(update.at),
        id,
        update.attempts ?? null,
        update.attempts ?? null,
      ],
    )) > 0
  );
}

/**
 * Leaves a claimed row pending, due again at `notBefore`, with the error that
 * stopped it. `inDoubt`: the request may have reached the provider, so the
 * attempt's mark stays and the next claim asks the provider first.
 */
export async function markRetry(
  db: Connection,
  id: number,
  update: {
    notBefore: Instant;
    error: string;
    result?: unknown;
    inDoubt?: boolean;
    at: Instant;
  } & Fence,
): Promise<boolean> {
  return (
    (await sqlOf(db).run(
      `UPDATE outbox SET not_before = ?, last_error = ?, result = COALESCE(?, result), updated_at = ?,
         attempt_started_at = CASE WHEN ? THEN attempt_started_at END
       WHERE id = ? AND status = 'pending' AND (CAST(? AS BIGINT) IS NULL OR attempts = ?)`,
      [
        instantMs(update.notBefore),
        update.error,
        json(update.result),
        instantMs(update.at),
        update.inDoubt ? 1 : 0,
        id,
        update.attempts ?? null,
        update.attempts ?? null,
      ],
    )) > 0
  );
}

/** Gives up on a pending row for good: 'failed', or 'unknown' when it may have been delivered. */
export async function markFailed(
  db: Connection,
  id: number,
  update: { error: string; result?: unknown; at: Instant; status?: 'failed' | 'unknown' } & Fence,
): Promise<boolean> {
  return (
    (await sqlOf(db).run(
      `UPDATE outbox SET status = ?, last_error = ?, result = COALESCE(?, result), updated_at = ?,
         attempt_started_at = CASE WHEN ? = 'unknown' THEN attempt_started_at END
       WHERE id = ? AND status = 'pending' AND (CAST(? AS BIGINT) IS NULL OR attempts = ?)`,
      [
        update.status ?? 'failed',
        update.error,
        json(update.result),
        instantMs(update.at),
        update.status ?? 'failed',
        id,
        update.attempts ?? null,
        update.attempts ?? null,
      ],
    )) > 0
  );
}
