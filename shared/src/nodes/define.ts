import { z } from 'zod';
import type { NameLookup } from '../prompt.js';

/**
 * The icons a kind may show (lucide names). The designer maps each to its
 * component, so a kind naming an icon the designer cannot draw is a type error.
 */
export const NODE_ICONS = [
  'phone-incoming',
  'users',
  'clock',
  'grid-3x3',
  'megaphone',
  'voicemail',
  'phone-forwarded',
  'message-square-reply',
  'phone-off',
  'contact',
] as const;
export type NodeIconName = (typeof NODE_ICONS)[number];

/** Something outside the flow that a node names by id, with the field that holds the id. */
export interface NodeReference {
  kind: 'member' | 'schedule' | 'greeting';
  /** As written in the node; blank when the admin has not chosen one yet. */
  id: string;
  path: (string | number)[];
}

/** One outcome of a node: a source handle on the canvas, a transition in the machine. */
export interface Outcome {
  id: string;
  label: string;
}

/**
 * Everything the editor, the validator and the compiler need to know about a
 * node kind, written once. Each kind lives in `nodes/<kind>/definition.ts`.
 */
export interface NodeDefinition<K extends string, S extends z.ZodType> {
  kind: K;
  /** Name in the palette and on the node. */
  label: string;
  /** One line in the palette. */
  description: string;
  /** Icon name (lucide) and accent colour, so a kind is recognisable at a glance. */
  icon: NodeIconName;
  color: string;
  /**
   * What the settings panel and the validator's messages call each field of
   * `data` ("ring duration", not `ringSeconds`); every field has one.
   */
  fieldTitles: { readonly [F in keyof z.output<S>]-?: string };
  /** The node's `data`, validated and defaulted. */
  schema: S;
  /** `data` for a node freshly dropped on the canvas. */
  defaults(): z.output<S>;
  /** Source handles, in display order; they may depend on the data (menu digits). */
  outcomes(data: z.output<S>): Outcome[];
  /** One line for the canvas and the simulator's transcript. */
  summary(data: z.output<S>, names?: NameLookup): string;
  /** How many of this kind a flow may hold (the entry: exactly one). */
  max?: number;
  /** The kind every call starts at: one per flow, and no connection leads into it. */
  entry?: boolean;
  /**
   * The members, schedules and greetings the node names, so the validator,
   * the server's "in use by" checks and the call's schedule loading ask one place.
   */
  refersTo(data: z.output<S>): NodeReference[];
  /** Whether the node rings someone: a loop through it is a warning, not an error. */
  dials?: boolean;
  /** Whether the node decides by the call's clock, so the same call at another instant may go elsewhere. */
  readsClock?: boolean;
  /**
   * For a node that decides by who is calling: one caller ("From") per
   * outcome it can take, so generated scenarios try each of them.
   */
  callers?(data: z.output<S>): string[];
  /**
   * Whether the node does its job although no connection leads to it (an
   * auto-reply sent whenever the caller hangs up early), so it is not dead weight.
   */
  worksUnconnected?(data: z.output<S>): boolean;
  /**
   * Whether the node waits for the caller to act (press a key, speak). A loop
   * with no such node can repeat forever on its own; the validator flags it.
   */
  waitsForCaller: boolean;
  /** Whether the node takes time on the line (rings, plays, records) rather than deciding instantly. */
  takesTime: boolean;
}

/** Identity helper that keeps the literal kind and the schema's type. */
export function defineNode<const K extends string, S extends z.ZodType>(
  definition: NodeDefinition<K, S>,
): NodeDefinition<K, S> {
  return definition;
}

/**
 * The greetings a node plays, found by shape in its top-level fields: any
 * `{ type: 'audio', greetingId }` prompt.
 *
 * @example
 * promptReferences({ greeting: { type: 'audio', greetingId: 'g1' } });
 * // [{ kind: 'greeting', id: 'g1', path: ['greeting', 'greetingId'] }]
 */
export function promptReferences(data: object): NodeReference[] {
  return Object.entries(data).flatMap(([key, value]): NodeReference[] => {
    const prompt = value as { type?: unknown; greetingId?: unknown } | null;
    return typeof prompt === 'object' &&
      prompt !== null &&
      prompt.type === 'audio' &&
      typeof prompt.greetingId === 'string'
      ? [{ kind: 'greeting', id: prompt.greetingId, path: [key, 'greetingId'] }]
      : [];
  });
}

/** Common to every kind: an optional name the admin gives the node ("Sales team"). */
export const NodeLabelSchema = z.string().max(80).optional();
