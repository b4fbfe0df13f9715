/**
 * @module
 * Auto-replies at the end of a live call, called by the call service inside
 * the webhook's transaction.
 */

import type { FlowDocument } from '@ringflow/shared';
import { schedulesOf } from '../calls/call-state.js';
import { sharedMachines } from '../calls/machine-cache.js';
import { compiledRevision } from '../calls/revisions.js';
import { pendingRepliesOfCall } from '../db/auto-replies.js';
import type { Call } from '../db/calls.js';
import { getRevision } from '../db/flows.js';
import { updateMessageDelivery } from '../db/messages.js';
import { getNumber } from '../db/numbers.js';
import { cancelOutbox } from '../db/outbox.js';
import { type Connection, transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';
import { decideForCall } from './decide.js';

/**
 * Decides the texts of a call that has just ended (`call` as just stored). It runs in a savepoint: a
 * failure is logged and undone alone, since a text must never cost the
 * caller the call.
 */
export async function autoRepliesAtCallEnd(
  deps: Pick<ServerDeps, 'db' | 'log'>,
  call: Call,
  step: number,
  at: string,
  holdSeconds = 0,
): Promise<void> {
  const { db, log } = deps;
  const { id: callId, result } = call;
  if (!result || !call.phoneNumberId || !call.revisionId) return;
  const number = await getNumber(db, call.phoneNumberId);
  const document = await documentOf(db, call.revisionId);
  if (!number || !document) return;
  try {
    await transaction(
      db,
      async (tx) =>
        await decideForCall(tx, {
          callId,
          step,
          from: call.from,
          number,
          result,
          document,
          schedules: await schedulesOf(tx, document),
          at,
          holdSeconds,
        }),
    );
  } catch (error) {
    log.error('auto-reply decision failed', { callId, error: String(error) });
  }
}

/**
 * A revision's document, parsed once per process: revisions never change, and
 * the call's machine was compiled from it a moment ago (so it is cached). If
 * it cannot be compiled, the stored document still decides the texts.
 */
async function documentOf(db: Connection, revisionId: string): Promise<FlowDocument | undefined> {
  try {
    return (await compiledRevision(sharedMachines, revisionId, db))?.document;
  } catch {
    return (await getRevision(db, revisionId))?.document;
  }
}

/** Cancels the texts still waiting for a call, before its ending is decided again. */
export async function cancelCallReplies(db: Connection, callId: string, at: string): Promise<void> {
  const reason = 'Cancelled: the provider reported how the call ended after it hung up';
  for (const pending of await pendingRepliesOfCall(db, callId)) {
    await cancelOutbox(db, pending.outboxId, reason, at);
    await updateMessageDelivery(db, pending.messageId, { status: 'cancelled', error: reason });
  }
}
