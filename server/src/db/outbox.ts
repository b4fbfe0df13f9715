import { type Connection, sqlOf, transaction } from './sql/connection.js';
import { parseJson } from './statements.js';

/**
 * 'unknown': a delivery whose request may have reached the provider, and the
 * provider could not say whether it did; never sent again automatically.
 */
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled' | 'unknown';

/** An instant: a `Date` or an ISO 8601 string; stored as milliseconds since 1970 (see `instantMs`). */
export type Instant = Date | string;

export interface OutboxRow<P = unknown> {
  id: number;
  kind: string;
  payload: P;
  idempotencyKey: string;
  status: OutboxStatus;
  /** Deliveries started so far, counting the one in flight. */
  attempts: number;
  /** Due from this instant; while claimed, the end of the claim's lease. */
  notBefore: string;
  lastError: string | null;
  /** The provider's last answer, JSON: a message's sid and status, or an error's code and message. */
  result: unknown;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  /**
   * When the latest request to the provider began, while its answer is not
   * recorded: set on a claimed row, the previous attempt's answer was lost
   * (a crash, a timeout) and the provider must be asked before sending again.
   */
  attemptStartedAt: string | null;
}

/** The table's instants are milliseconds since 1970 (migration 22); rows give them as ISO text. */
interface Row {
  id: number;
  kind: string;
  payload: string;
  idempotency_key: string;
  status: OutboxStatus;
  attempts: number;
  not_before: number;
  last_error: string | null;
  result: string | null;
  created_at: number;
  updated_at: number;
  sent_at: number | null;
  attempt_started_at: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

const toOutboxRow = (row: Row): OutboxRow => ({
  id: row.id,
  kind: row.kind,
  payload: JSON.parse(row.payload) as unknown,
  idempotencyKey: row.idempotency_key,
  status: row.status,
  attempts: row.attempts,
  notBefore: iso(row.not_before),
  lastError: row.last_error,
  result: parseJson<unknown>(row.result),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  sentAt: row.sent_at === null ? null : iso(row.sent_at),
  attemptStartedAt: row.attempt_started_at === null ? null : iso(row.attempt_started_at),
});

/** The one form of an instant in this table: milliseconds since 1970, so `not_before <= ?` compares numbers. */
export function instantMs(at: Instant): number {
  const ms = at instanceof Date ? at.getTime() : Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(at)}`);
  return ms;
}

/** A value as its JSON column holds it; nothing as NULL. */
export const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export interface NewOutboxRow {
  kind: string;
  payload: unknown;
  /** Unique over the whole outbox: enqueueing the same key again adds nothing. */
  idempotencyKey: string;
  /** Not delivered before this instant; `now` when omitted. */
  notBefore?: Instant;
  now: Instant;
}

/**
 * Adds a pending row, or does nothing when a row with the same idempotency
 * key exists (whatever its payload); either way returns the row's id. Call
 * it inside the transaction that decided the side effect.
 *
 * @example
 * const id = enqueue(db, {
 *   kind: 'sms',
 *   payload: { from: '+14155550100', to: '+14155550123', body: 'Sorry we missed you' },
 *   idempotencyKey: `auto-reply:${callId}:${nodeId}`,
 *   notBefore: new Date(now.getTime() + 10 * 60_000),
 *   now,
 * });
 */
export async function enqueue(db: Connection, row: NewOutboxRow): Promise<number> {
  const now = instantMs(row.now);
  const inserted = await sqlOf(db).get<{ id: number }>(
    `INSERT INTO outbox (kind, payload, idempotency_key, status, attempts, not_before, created_at, updated_at)
     VALUES (?, ?, ?, 'pending', 0, ?, ?, ?)
     ON CONFLICT (idempotency_key) DO NOTHING
     RETURNING id`,
    [
      row.kind,
      JSON.stringify(row.payload),
      row.idempotencyKey,
      row.notBefore === undefined ? now : instantMs(row.notBefore),
      now,
      now,
    ],
  );
  if (inserted) return inserted.id;
  const existing = await sqlOf(db).get<{ id: number }>(
    'SELECT id FROM outbox WHERE idempotency_key = ?',
    [row.idempotencyKey],
  );
  if (!existing) throw new Error(`outbox: no row for idempotency key ${row.idempotencyKey}`);
  return existing.id;
}

/**
 * Like `enqueue`, but a row of that key that ended without being delivered
 * ('failed' or 'cancelled') is pending again: attempts 0, due at `notBefore`
 * (now), its last error kept. Pending and sent rows stay as they are. Only
 * for work that is safe to do again (synthesis); texts and e-mails use
 * `enqueue`, which never sends twice.
 *
 * @example
 * enqueueOrRetry(db, { kind: 'synthesize', payload, idempotencyKey: synthesizeKey(payload), now });
 */
export async function enqueueOrRetry(db: Connection, row: NewOutboxRow): Promise<number> {
  const id = await enqueue(db, row);
  const now = instantMs(row.now);
  await sqlOf(db).run(
    `UPDATE outbox SET status = 'pending', attempts = 0, not_before = ?, updated_at = ?
     WHERE id = ? AND status IN ('failed', 'cancelled')`,
    [row.notBefore === undefined ? now : instantMs(row.notBefore), now, id],
  );
  return id;
}

/**
 * Claims up to `limit` due rows, oldest first, in one IMMEDIATE transaction:
 * each one's `attempts` goes up by one and its `not_before` moves to the end
 * of the lease (from `now`), so no other worker claims it meanwhile. Returns
 * the claimed rows as they now are. `dueBy` (`now` by default) picks rows
 * due by an earlier instant, e.g. when a drain began.
 */
export async function claimDue(
  db: Connection,
  now: Instant,
  {
    limit = 10,
    leaseSeconds = 60,
    dueBy: due = now,
  }: { limit?: number; leaseSeconds?: number; dueBy?: Instant } = {},
): Promise<OutboxRow[]> {
  if (!(leaseSeconds > 0)) throw new RangeError('leaseSeconds must be positive');
  const at = instantMs(now);
  const dueBy = instantMs(due);
  const leaseEnd = at + leaseSeconds * 1000;
  return transaction(db, async (tx) => {
    // Several processes claim at once on PostgreSQL: each takes rows no other holds.
    const due = await tx.all<{ id: number }>(
      `SELECT id FROM outbox WHERE status = 'pending' AND not_before <= ?
       ORDER BY not_before, id LIMIT ?${tx.skipLocked}`,
      [dueBy, limit],
    );
    const claimed: OutboxRow[] = [];
    for (const { id } of due) {
      const row = await tx.get<Row>(
        `UPDATE outbox SET attempts = attempts + 1, not_before = ?, updated_at = ?
         WHERE id = ? RETURNING *`,
        [leaseEnd, at, id],
      );
      if (row) claimed.push(toOutboxRow(row));
    }
    return claimed;
  });
}

/** Which pending rows to cancel: one by id, or every one of a kind and/or an idempotency-key prefix. */
export type OutboxTarget = number | { kind?: string; keyPrefix?: string };

/**
 * Cancels pending rows (sent, failed and cancelled ones stay as they are),
 * keeping `reason` as their last error; returns how many were cancelled. By
 * kind or prefix, a row whose request may already have reached the provider
 * (an attempt in flight or unanswered) is left to its delivery.
 *
 * @example
 * cancelOutbox(db, { kind: 'sms', keyPrefix: `auto-reply:${callId}:` }, 'the caller called back', now);
 */
export async function cancelOutbox(
  db: Connection,
  target: OutboxTarget,
  reason: string,
  at: Instant,
): Promise<number> {
  const when = instantMs(at);
  if (typeof target === 'number') {
    return await sqlOf(db).run(
      `UPDATE outbox SET status = 'cancelled', last_error = ?, updated_at = ?
       WHERE id = ? AND status = 'pending'`,
      [reason, when, target],
    );
  }
  const { kind, keyPrefix } = target;
  if (kind === undefined && keyPrefix === undefined) {
    throw new Error('cancelOutbox: name a kind or a key prefix, not every row');
  }
  return await sqlOf(db).run(
    `UPDATE outbox SET status = 'cancelled', last_error = ?, updated_at = ?
     WHERE status = 'pending' AND attempt_started_at IS NULL
       AND (CAST(? AS TEXT) IS NULL OR kind = ?)
       AND (CAST(? AS TEXT) IS NULL OR substr(idempotency_key, 1, length(CAST(? AS TEXT))) = ?)`,
    [
      reason,
      when,
      kind ?? null,
      kind ?? null,
      keyPrefix ?? null,
      keyPrefix ?? null,
      keyPrefix ?? null,
    ],
  );
}

export async function getOutbox(db: Connection, id: number): Promise<OutboxRow | undefined> {
  const row = await sqlOf(db).get<Row>('SELECT * FROM outbox WHERE id = ?', [id]);
  return row && toOutboxRow(row);
}

export async function findOutboxByKey(
  db: Connection,
  idempotencyKey: string,
): Promise<OutboxRow | undefined> {
  const row = await sqlOf(db).get<Row>('SELECT * FROM outbox WHERE idempotency_key = ?', [
    idempotencyKey,
  ]);
  return row && toOutboxRow(row);
}

/** The newest rows first, optionally of one kind and/or status. */
export async function listOutbox(
  db: Connection,
  { kind, status, limit = 50 }: { kind?: string; status?: OutboxStatus; limit?: number } = {},
): Promise<OutboxRow[]> {
  return (
    await sqlOf(db).all<Row>(
      `SELECT * FROM outbox WHERE (CAST(? AS TEXT) IS NULL OR kind = ?) AND (CAST(? AS TEXT) IS NULL OR status = ?)
     ORDER BY id DESC LIMIT ?`,
      [kind ?? null, kind ?? null, status ?? null, status ?? null, limit],
    )
  ).map(toOutboxRow);
}
