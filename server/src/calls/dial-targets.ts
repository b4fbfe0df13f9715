import type { Instruction } from '@ringflow/flow-runtime';

export interface DialableMember {
  id: string;
  addresses: string[];
  dndUntil: string | null;
}

export interface ResolvedDial {
  addresses: string[];
  /** Members left out, and why, for the call's trace. */
  skipped: { memberId: string; reason: 'do-not-disturb' | 'unknown' | 'no-address' }[];
}

/**
 * Turns a dial instruction's targets into the addresses to ring now: each
 * team member's numbers and SIP addresses, except members in do-not-disturb
 * at `now`; typed numbers as they are. Duplicates are rung once.
 *
 * @example
 * resolveDial(instruction, members, new Date()) // { addresses: ['+14155550101'], skipped: [] }
 */
export function resolveDial(
  instruction: Extract<Instruction, { type: 'dial' }>,
  members: ReadonlyMap<string, DialableMember>,
  now: Date,
): ResolvedDial {
  const addresses = new Set<string>();
  const skipped: ResolvedDial['skipped'] = [];
  for (const target of instruction.targets) {
    if (target.type === 'number') {
      addresses.add(target.number);
      continue;
    }
    const member = members.get(target.memberId);
    if (!member) skipped.push({ memberId: target.memberId, reason: 'unknown' });
    else if (member.dndUntil && new Date(member.dndUntil) > now) {
      skipped.push({ memberId: member.id, reason: 'do-not-disturb' });
    } else if (member.addresses.length === 0)
      skipped.push({ memberId: member.id, reason: 'no-address' });
    else for (const address of member.addresses) addresses.add(address);
  }
  return { addresses: [...addresses], skipped };
}
