import type { z } from 'zod';
import { autoReply } from './auto-reply/definition.js';
import { businessHours } from './business-hours/definition.js';
import type { NodeDefinition } from './define.js';
import { forwardCall } from './forward-call/definition.js';
import { hangUp } from './hang-up/definition.js';
import { incomingCall } from './incoming-call/definition.js';
import { phoneMenu } from './phone-menu/definition.js';
import { playMessage } from './play-message/definition.js';
import { ringUsers } from './ring-users/definition.js';
import { voicemail } from './voicemail/definition.js';

/** Every node kind, in palette order. */
export const NODE_KINDS = [
  'incoming-call',
  'ring-users',
  'business-hours',
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
