/**
 * @module
 * What the provider reports on a call without stepping its flow: a recording
 * ready, a team member picking up. Each goes into the call's trace.
 */
import { appendCallEvent, findCallByProviderId, recordAnswered } from '../db/calls.js';
import { transaction } from '../db/sql/connection.js';
import type { ServerDeps } from '../deps.js';

type Deps = Pick<ServerDeps, 'db' | 'clock'>;

/** Notes `data` in the call's trace; false for a call Ringflow does not know. */
export async function noteOnCall(
  deps: Deps,
  provider: string,
  providerCallId: string,
  data: Record<string, unknown>,
): Promise<boolean> {
  const { db, clock } = deps;
  return await transaction(db, async (tx) => {
    const call = await findCallByProviderId(tx, provider, providerCallId, { lock: true });
    if (!call) return false;
    await appendCallEvent(tx, {
      callId: call.id,
      step: call.step,
      kind: 'note',
      at: clock.now().toISOString(),
      data,
      response: null,
    });
    return true;
  });
}

/**
 * A dialled team member picked up. Nothing changes in the flow (the dial's
 * own report comes when it ends), but from now on the team is talking to the
 * caller, and auto-replies to them hold back.
 */
export async function callAnswered(
  deps: Deps,
  provider: string,
  providerCallId: string,
  by: string,
) {
  const { db, clock } = deps;
  const at = clock.now().toISOString();
  await transaction(db, async (tx) => {
    const call = await findCallByProviderId(tx, provider, providerCallId, { lock: true });
    if (!call) return;
    await recordAnswered(tx, call.id, at);
    await appendCallEvent(tx, {
      callId: call.id,
      step: call.step,
      kind: 'note',
      at,
      data: { note: `Answered by ${by || 'a team member'}` },
      response: null,
    });
  });
}
