import { z } from 'zod';
import type { NameLookup } from '../prompt.js';

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
  icon: string;
  color: string;
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

/** Common to every kind: an optional name the admin gives the node ("Sales team"). */
export const NodeLabelSchema = z.string().max(80).optional();
