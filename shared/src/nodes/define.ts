import { z } from 'zod';
import type { NameLookup, Prompt, SayPrompt } from '../prompt.js';

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
 * An outcome a call left a step by, in words for the name of a generated call
 * ("pressed 1 (Sales)", "no answer from Sales team"), with what the name
 * needs to know to put the words together.
 */
export interface TakenWords {
  /** The words; absent when the outcome needs none (a message left: the call's ending says so). */
  text?: string;
  /** Sets the scene for the whole call (in hours, after hours): the first such outcome leads the name. */
  leads?: boolean;
  /** The caller chose an option that has a name ("pressed 1 (Sales)"). */
  namedChoice?: boolean;
  /** Only says again what a named choice right before it said (a message), so it is left out there. */
  repeatsChoice?: boolean;
  /** Someone answered: an answered call's name ends on these words, not on a separate "answered". */
  answered?: boolean;
  /** A missed call that took this outcome ends in these words instead of "missed". */
  missedAs?: string;
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
  /**
   * An outcome the call left the node by, in words, for the names of
   * generated calls; `step` is the node's name ("Sales team", "ring users").
   */
  describeTaken(data: z.output<S>, outcomeId: string, step: string): TakenWords;
  /**
   * What the node may say besides the prompts in its data (a menu's retry
   * text, default words in place of a missing greeting), so publishing can
   * have each synthesised before a call needs it.
   */
  sentences(data: z.output<S>): SayPrompt[];
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

/**
 * The words of a dial's outcome: who answered, or who did not.
 *
 * @example
 * dialTaken('no-answer', 'Sales team'); // { text: 'no answer from Sales team', answered: false }
 */
export function dialTaken(outcomeId: string, step: string): TakenWords {
  const answered = outcomeId === 'answered';
  return { text: answered ? `answered by ${step}` : `no answer from ${step}`, answered };
}

/**
 * A key the caller pressed, with the label the node gives it: "pressed 1 (Sales)".
 * Revisions are stored as published, not parsed again: the list may be missing.
 *
 * @example
 * keyPressed([{ digit: '1', label: 'Sales' }], '1'); // { text: 'pressed 1 (Sales)', namedChoice: true }
 */
export function keyPressed(
  keys: readonly { digit: string; label?: string }[] | undefined,
  digit: string,
): TakenWords {
  const label = keys?.find((k) => k.digit === digit)?.label;
  return label
    ? { text: `pressed ${digit} (${label})`, namedChoice: true }
    : { text: `pressed ${digit}` };
}

const DEFAULT_LANGUAGE = 'en-US';

/**
 * A sentence a node adds to its prompt, spoken in the prompt's voice and
 * language; after a greeting from the library, in en-US with the default voice.
 *
 * @example
 * spokenLike('Désolé.', { type: 'say', text: 'Tapez 1.', language: 'fr-FR', voice: 'fr-FR-DeniseNeural' });
 * // { type: 'say', text: 'Désolé.', language: 'fr-FR', voice: 'fr-FR-DeniseNeural' }
 */
export function spokenLike(text: string, prompt: Prompt): SayPrompt {
  if (prompt.type !== 'say') return { type: 'say', text, language: DEFAULT_LANGUAGE };
  return {
    type: 'say',
    text,
    language: prompt.language ?? DEFAULT_LANGUAGE,
    ...(prompt.voice ? { voice: prompt.voice } : {}),
  };
}

/** Common to every kind: an optional name the admin gives the node ("Sales team"). */
export const NodeLabelSchema = z.string().max(80).optional();
