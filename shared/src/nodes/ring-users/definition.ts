import { z } from 'zod';
import { DialAddressSchema, RefIdSchema } from '../../ids.js';
import type { NameLookup } from '../../prompt.js';
import { defineNode, dialTaken, NodeLabelSchema, type NodeReference } from '../define.js';

export const RingTargetSchema = z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('member'),
      memberId: RefIdSchema.describe('Id of the team member.'),
    })
    .describe('A team member: the server rings their devices and skips them in do-not-disturb.'),
  z
    .strictObject({ type: z.literal('number'), number: DialAddressSchema })
    .describe('A number or SIP address typed on the node itself.'),
]);
export type RingTarget = z.output<typeof RingTargetSchema>;

export const RingUsersDataSchema = z
  .strictObject({
    label: NodeLabelSchema,
    targets: z
      .array(RingTargetSchema)
      .max(50)
      .default([])
      .describe('Who to ring: team members and/or numbers, rung in this order when sequential.'),
    strategy: z
      .enum(['simultaneous', 'sequential'])
      .default('simultaneous')
      .describe('Ring every target at once (`simultaneous`) or one after another (`sequential`).'),
    ringSeconds: z
      .number()
      .int()
      .min(5)
      .max(60)
      .default(30)
      .describe('How long each ring lasts, in seconds, before it counts as unanswered.'),
  })
  .meta({
    description:
      'ring-users: ring team members or numbers. Outcomes: answered, no-answer (busy, failed and unanswered alike).',
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
  fieldTitles: {
    label: 'name',
    targets: 'people to ring',
    strategy: 'ring strategy',
    ringSeconds: 'ring duration',
  },
  schema: RingUsersDataSchema,
  defaults: () => RingUsersDataSchema.parse({}),
  outcomes: () => [
    { id: 'answered', label: 'Answered' },
    { id: 'no-answer', label: 'No answer' },
  ],
  summary: (data, names) => {
    if (data.targets.length === 0) return 'Nobody to ring yet';
    const who = data.targets.map((t) => describeTarget(t, names));
    const list =
      who.length > 3 ? `${who.slice(0, 3).join(', ')} +${who.length - 3}` : who.join(', ');
    const how = data.strategy === 'sequential' && who.length > 1 ? 'in turn, ' : '';
    return `Rings ${list} ${how}for ${data.ringSeconds} s`;
  },
  describeTaken: (_data, outcomeId, step) => dialTaken(outcomeId, step),
  sentences: () => [],
  waitsForCaller: false,
  takesTime: true,
  refersTo: (data) =>
    data.targets.flatMap((target, i): NodeReference[] =>
      target.type === 'member'
        ? [{ kind: 'member', id: target.memberId, path: ['targets', i, 'memberId'] }]
        : [],
    ),
  dials: true,
});
