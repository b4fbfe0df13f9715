import type { RingTarget } from '@ringflow/shared';
import type { CallMachine } from '../compile/compile.js';
import type { Instruction } from '../compile/types.js';
import { type CallView, stepCall } from '../step.js';

/** What a simulation knows of a team member: when do-not-disturb ends and, when known, their numbers. */
export interface SimMember {
  id: string;
  dndUntil: string | null;
  /** Numbers and SIP addresses; undefined when not known (a team file without them). */
  addresses?: readonly string[];
}

export type DialSkipReason = 'do-not-disturb' | 'unknown' | 'no-address';

/** A ring target left out of a dial, and why. */
export interface SkippedTarget {
  memberId: string;
  reason: DialSkipReason;
  /** For do-not-disturb: when it ends. */
  until?: string;
}

/**
 * Who a dial really rings at `at`, as the server decides it
 * (server/src/calls/dial-targets.ts): a member in do-not-disturb, an id the
 * team does not have, or a member without a number is left out; typed
 * numbers always ring. With `members` null nothing is known of the team and
 * every target counts.
 *
 * @example
 * ringable(dial, new Map([['alice', { id: 'alice', dndUntil: '2026-11-23T16:00:00Z' }]]), at);
 * // { targets: [bob], skipped: [{ memberId: 'alice', reason: 'do-not-disturb', until: '...' }] }
 */
export function ringable(
  instruction: Extract<Instruction, { type: 'dial' }>,
  members: ReadonlyMap<string, SimMember> | null,
  at: Date,
): { targets: RingTarget[]; skipped: SkippedTarget[] } {
  if (!members) return { targets: instruction.targets, skipped: [] };
  const targets: RingTarget[] = [];
  const skipped: SkippedTarget[] = [];
  for (const target of instruction.targets) {
    if (target.type === 'number') {
      targets.push(target);
      continue;
    }
    const member = members.get(target.memberId);
    if (!member) skipped.push({ memberId: target.memberId, reason: 'unknown' });
    else if (member.dndUntil && Date.parse(member.dndUntil) > at.getTime())
      skipped.push({ memberId: member.id, reason: 'do-not-disturb', until: member.dndUntil });
    else if (member.addresses && member.addresses.length === 0)
      skipped.push({ memberId: member.id, reason: 'no-address' });
    else targets.push(target);
  }
  return { targets, skipped };
}

/** A call after its dials with nobody to ring were taken as unanswered. */
export interface SettledView {
  view: CallView;
  /** Nodes entered on the way, the view's own first. */
  entered: string[];
  /** Each dial looked at, with who was left out and whether it rang anyone. */
  dials: { nodeId: string; skipped: SkippedTarget[]; nobody: boolean }[];
}

/** Runaway protection; the machine's own limits end a loop of empty dials long before. */
const MAX_SETTLE = 100;

/**
 * Moves a call on past dials that would ring nobody, as the server does: such
 * a dial counts at once (no ring time) as unanswered, so the flow goes on to
 * voicemail, say, instead of ringing an empty list.
 *
 * @example
 * const settled = settleDials(machine, startCall(machine, input), members, input.at);
 * settled.dials; // [{ nodeId: 'ring-team', skipped: [{ memberId: 'alice', reason: 'do-not-disturb' }], nobody: true }]
 */
export function settleDials(
  machine: CallMachine,
  view: CallView,
  members: ReadonlyMap<string, SimMember> | null,
): SettledView {
  const entered = [...view.entered];
  const dials: SettledView['dials'] = [];
  let current = view;
  for (let i = 0; i < MAX_SETTLE && !current.done && current.instruction.type === 'dial'; i++) {
    const at = current.snapshot.context.now;
    const { targets, skipped } = ringable(current.instruction, members, new Date(at));
    const nobody = targets.length === 0;
    dials.push({ nodeId: current.instruction.nodeId, skipped, nobody });
    if (!nobody) break;
    current = stepCall(machine, current.snapshot, { type: 'DIAL_RESULT', status: 'no-answer', at });
    entered.push(...current.entered);
  }
  return { view: current, entered, dials };
}
