import { z } from 'zod';
import { DialAddressSchema, RefIdSchema } from '../../ids.js';
import type { NameLookup } from '../../prompt.js';
import { defineNode, NodeLabelSchema } from '../define.js';

export const RingTargetSchema = z.discriminatedUnion('type', [
  /** A team member: the server rings their devices and skips them in do-not-disturb. */
  z.object({ type: z.literal('member'), memberId: RefIdSchema }),
  /** A number or SIP address typed on the node itself. */
  z.object({ type: z.literal('number'), number: DialAddressSchema }),
]);
export type RingTarget = z.output<typeof RingTargetSchema>;

export const RingUsersDataSchema = z.object({
  label: NodeLabelSchema,
  /** Rung in this order when the strategy is sequential. */
  targets: z.array(RingTargetSchema).max(50).default([]),
  strategy: z.enum(['simultaneous', 'sequential']).default('simultaneous'),
  /** How long each ring lasts before it counts as unanswered. */
  ringSeconds: z.number().int().min(5).max(60).default(30),
});
export type RingUsersData = z.output<typeof RingUsersDataSchema>;

export function describeTarget(target: RingTarget, names?: NameLookup): string {
  if (target.type === 'number') return target.number;
  return names?.member?.(target.memberId) ?? target.memberId;
}

export const ringUsers = defineNode({
  kind: 'ring-users',
  label: 'Ring users',
  description: 'Ring team members or numbers, all at once or in turn',
  icon: 'users',
  color: '#2563eb',
  schema: RingUsersDataSchema,
  defaults: () => RingUsersDataSchema.parse({}),
  outcomes: () => [
    { id: 'answered', label: 'Answered' },
    { id: 'no-answer', label: 'No answer' },
  ],
  summary: (data, names) => {
    if (data.targets.length === 0) return 'Nobody to ring yet';
    const who = data.targets.map((t) => describeTarget(t, names));
    const list = who.length > 3 ? `${who.slice(0, 3).join(', ')} +${who.length - 3}` : who.join(', ');
    const how = data.strategy === 'sequential' && who.length > 1 ? 'in turn, ' : '';
    return `Rings ${list} ${how}for ${data.ringSeconds} s`;
  },
  waitsForCaller: false,
  takesTime: true,
});
