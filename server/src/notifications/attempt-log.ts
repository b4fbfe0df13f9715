/**
 * @module
 * Every attempt to deliver a notification, written to the delivery log
 * whatever came of it, so the settings pages can show what happened.
 */
import type { Clock } from '../clock.js';
import {
  type Channel,
  type EventType,
  insertDelivery,
  type NotificationDelivery,
} from '../db/notifications.js';
import type { Connection } from '../db/sql/connection.js';

/** How one attempt went. */
export interface AttemptOutcome {
  ok: boolean;
  /** HTTP status, or the SMTP reply code. */
  statusCode: number | null;
  error: string | null;
  durationMs: number | null;
}

/**
 * @example
 * logAttempt(db, clock, { outboxId: row.id, attempt: row.attempts, channel: 'slack', targetId: numberId,
 *   eventId, eventType: 'call.missed' }, { ok: true, statusCode: 200, error: null, durationMs: 31 });
 */
export async function logAttempt(
  db: Connection,
  clock: Clock,
  target: {
    outboxId: number | null;
    attempt: number;
    channel: Channel;
    targetId: string;
    eventId: string;
    eventType: EventType | 'test';
  },
  outcome: AttemptOutcome,
): Promise<NotificationDelivery> {
  return await insertDelivery(db, { ...target, ...outcome, at: clock.now().toISOString() });
}
