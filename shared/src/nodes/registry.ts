import type { z } from 'zod';
import { autoReply } from './auto-reply/definition.js';
import { businessHours } from './business-hours/definition.js';
import type { NodeDefinition, NodeReference } from './define.js';
import { forwardCall } from './forward-call/definition.js';
import { hangUp } from './hang-up/definition.js';
import { incomingCall } from './incoming-call/definition.js';
import { phoneMenu } from './phone-menu/definition.js';
import { playMessage } from './play-message/definition.js';
import { ringUsers } from './ring-users/definition.js';
import { routeByCaller } from './route-by-caller/definition.js';
import { voicemail } from './voicemail/definition.js';

/** Every node kind, in palette order. */
export const NODE_KINDS = [
  'incoming-call',
  'ring-users',
  'business-hours',
  'route-by-caller',
  'phone-menu',
  'play-message',
  'voicemail',
  'forward-call',
  'auto-reply',
  'hang-up',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * The one registry of node kinds. Adding a kind means adding its folder and a
 * line here; a kind missing from this map is a compile error.
 */
export const nodeDefinitions = {
  'incoming-call': incomingCall,
  'ring-users': ringUsers,
  'business-hours': businessHours,
  'route-by-caller': routeByCaller,
  'phone-menu': phoneMenu,
  'play-message': playMessage,
  voicemail,
  'forward-call': forwardCall,
  'auto-reply': autoReply,
  'hang-up': hangUp,
} satisfies { [K in NodeKind]: NodeDefinition<K, z.ZodType> };

export type NodeDefinitions = typeof nodeDefinitions;
/** The validated, defaulted `data` of a node of kind K. */
export type NodeData<K extends NodeKind> = z.output<NodeDefinitions[K]['schema']>;

/**
 * The definition of a kind, typed loosely for code that handles every kind
 * alike (the registry itself keeps the precise types).
 */
export function definitionOf(kind: NodeKind): NodeDefinition<NodeKind, z.ZodType> {
  return nodeDefinitions[kind] as unknown as NodeDefinition<NodeKind, z.ZodType>;
}

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

/**
 * Whether calls start at nodes of this kind (its definition's `entry`).
 *
 * @example
 * isEntryKind('incoming-call'); // true
 * isEntryKind('phone-menu'); // false
 */
export function isEntryKind(kind: unknown): boolean {
  return isNodeKind(kind) && definitionOf(kind).entry === true;
}

/** The kind calls start at, for code that creates a flow (a template, a blank draft). */
export function entryKind(): NodeKind {
  const kind = NODE_KINDS.find((k) => definitionOf(k).entry === true);
  if (!kind) throw new Error('No node kind is marked as the entry');
  return kind;
}

/**
 * What a node names outside the flow (members, schedules, greetings), as its
 * kind's definition says, blanks included so the validator can report them.
 *
 * @example
 * referencesOf({ type: 'business-hours', data: { scheduleId: 'weekdays', holidayBranch: false } });
 * // [{ kind: 'schedule', id: 'weekdays', path: ['scheduleId'] }]
 */
export function referencesOf(node: { type: NodeKind; data: unknown }): NodeReference[] {
  return definitionOf(node.type).refersTo(node.data);
}

/** The ids a node refers to, by what they are; blanks (nothing chosen yet) left out. */
export interface ReferencedIds {
  members: string[];
  schedules: string[];
  greetings: string[];
}

/**
 * The ids a node refers to, for "which flows use this schedule" and for
 * loading what a call needs.
 *
 * @example
 * referencedIds(ringNode).members; // ['alice', 'bob']
 */
export function referencedIds(node: { type: NodeKind; data: unknown }): ReferencedIds {
  const ids: ReferencedIds = { members: [], schedules: [], greetings: [] };
  const lists = { member: ids.members, schedule: ids.schedules, greeting: ids.greetings };
  for (const ref of referencesOf(node)) {
    // Revisions are stored as published, not parsed again: an id may be missing.
    if (typeof ref.id !== 'string' || !ref.id.trim()) continue;
    if (!lists[ref.kind].includes(ref.id)) lists[ref.kind].push(ref.id);
  }
  return ids;
}
