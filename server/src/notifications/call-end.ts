/**
 * @module
 * The missed-call notification, decided by the call service when a live call
 * ends, inside the webhook's transaction.
 */
import { triggerOfOutcome } from '@ringflow/flow-runtime';
import type { Call } from '../db/calls.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { enqueueNotifications } from './enqueue.js';

/**
 * Notifies a call that ended missed or abandoned. When the provider may still
 * report how its dial went (`holdSeconds` > 0), the notifications wait that
 * long, and their delivery checks the call is still missed, so a late
 * "answered" cancels them. It runs in a savepoint: a failure is logged and
 * undone alone, since a notification must never cost the caller the call.
 *
 * @example
 * await notifyAtCallEnd(deps, endedCall, at, 60);
 */
export async function notifyAtCallEnd(
  deps: Pick<ServerDeps, 'db' | 'clock' | 'config' | 'log'>,
  call: Pick<Call, 'id' | 'result'>,
  at: string,
  holdSeconds = 0,
): Promise<void> {
  const { db, log } = deps;
  const { id: callId, result } = call;
  if (!result || triggerOfOutcome(result.outcome) !== 'missed-call') return;
  const notBefore =
    holdSeconds > 0
      ? new Date(new Date(at).getTime() + holdSeconds * 1000).toISOString()
      : undefined;
  try {
    await transaction(
      db,
      async (tx) =>
        await enqueueNotifications(
          { ...deps, db: tx },
          { type: 'call.missed', callId },
          { notBefore },
        ),
    );
  } catch (error) {
    log.error('missed-call notification failed', { callId, error: String(error) });
  }
}
