import { type CallMachine, type CallView, stepCall } from '@ringflow/flow-runtime';
import { getMembersByIds } from '../db/members.js';
import type { Connection } from '../db/sql/connection.js';
import { resolveDial } from './dial-targets.js';

/** Runaway protection for the do-not-disturb skip loop; the machine's own limits end it long before. */
const MAX_SETTLE = 100;

export interface Settled {
  view: CallView;
  /** For a dial: who to ring. */
  addresses: string[];
  /** What was skipped and why, for the call's trace. */
  notes: string[];
  /** Every node entered on the way. */
  entered: string[];
}

/**
 * Rings only those who can answer: team members in do-not-disturb are
 * skipped, and a dial with nobody left counts at once as unanswered, so the
 * flow moves on (to voicemail, say) instead of ringing nobody.
 */
export async function settle(
  db: Connection,
  machine: CallMachine,
  view: CallView,
  at: string,
): Promise<Settled> {
  const notes: string[] = [];
  const entered = [...view.entered];
  let current = view;
  for (let i = 0; i < MAX_SETTLE && !current.done && current.instruction.type === 'dial'; i++) {
    const instruction = current.instruction;
    const ids = instruction.targets.flatMap((t) => (t.type === 'member' ? [t.memberId] : []));
    const members = new Map((await getMembersByIds(db, ids)).map((m) => [m.id, m]));
    const resolved = resolveDial(instruction, members, new Date(at));
    for (const s of resolved.skipped) notes.push(`Skipped ${s.memberId}: ${s.reason}`);
    if (resolved.addresses.length > 0)
      return { view: current, addresses: resolved.addresses, notes, entered };
    notes.push(`Nobody to ring at ${instruction.nodeId}: taken as no answer`);
    current = stepCall(machine, current.snapshot, {
      type: 'DIAL_RESULT',
      status: 'no-answer',
      at,
    });
    entered.push(...current.entered);
  }
  return { view: current, addresses: [] as string[], notes, entered };
}
