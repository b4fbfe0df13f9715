import type { CallerMatch, FlowNodeOf, NodeKind, Prompt } from '@ringflow/shared';
import type { CallContext, CallEvent, CallEventType, Instruction } from '../compile/types.js';
import type { Finding } from '../validate/finding.js';

/** Guards and actions by name, as registered in `compile/setup.ts`. */
export type GuardRef =
  | 'dialAnswered'
  | 'hasRecording'
  | { type: 'digitsAre'; params: { digits: string } }
  | { type: 'attemptsLeft'; params: { attempts: number } }
  | { type: 'moreTargets'; params: { count: number } }
  | { type: 'scheduleOpen'; params: { scheduleId: string } }
  | { type: 'scheduleHoliday'; params: { scheduleId: string } }
  | { type: 'callerMatches'; params: { match: CallerMatch } };
export type ActionRef =
  | 'clock'
  | 'retry'
  | 'nextTarget'
  | 'markAnswered'
  | 'markBlocked'
  | 'keepRecording'
  | { type: 'took'; params: { outcome: string } };

export interface TransitionConfig {
  target?: string;
  guard?: GuardRef;
  actions?: ActionRef[];
  reenter?: boolean;
}

/** The part of a node's XState state that its kind decides; compile adds entry, meta and limits. */
export interface NodeStateConfig {
  type?: 'final';
  /** Run on entering the node, after the entry every node has (counting the step, the path). */
  entry?: ActionRef[];
  always?: TransitionConfig[];
  on?: Partial<Record<CallEventType, TransitionConfig[]>>;
}

export interface CompileContext {
  /** The state an outcome leads to: the connected node, or the implicit hang-up. */
  next(outcomeId: string): string;
}

/** Everything the runtime needs from a node kind. One per kind, in `nodes/<kind>/compile.ts`. */
export interface NodeCompiler<K extends NodeKind> {
  state(node: FlowNodeOf<K>, ctx: CompileContext): NodeStateConfig;
  /** What happens on the line while the call is here; null for nodes that decide instantly. */
  instruction(node: FlowNodeOf<K>, context: CallContext): Instruction | null;
  /** The events that can happen now, one sample each: the simulator's buttons, the path walker's choices. */
  events(node: FlowNodeOf<K>, context: CallContext): CallEvent[];
  /**
   * For a node that texts the caller once the call is over: the call's result
   * names it when the call ends there, and also when the caller hangs up
   * early anywhere if `onCallerHangUp`.
   */
  textsAtEnd?(node: FlowNodeOf<K>): { onCallerHangUp: boolean };
  /**
   * For a node that decides by what it knows of the call (the clock, the
   * caller): the way it went and why, in words for the simulator's transcript
   * and the command line ("open: Tuesday 10:00 in Weekdays 9-17").
   */
  explain?(node: FlowNodeOf<K>, context: CallContext): string;
}

/**
 * The validator's checks of one node's own settings (a ring with nobody to
 * ring, a menu key used twice), in `nodes/<kind>/checks.ts`. Checks that look
 * at the whole flow (loops, reachability) or at every prompt stay in
 * `validate/rules/`.
 */
export type NodeChecks<K extends NodeKind> = (node: FlowNodeOf<K>) => Finding[];

/**
 * A transition on an event to the node an outcome leads to, running `actions`
 * on the way. It records the outcome in the call's context (`taken`).
 */
export function goTo(
  ctx: CompileContext,
  outcome: string,
  ...actions: ActionRef[]
): TransitionConfig {
  return { ...leaveBy(ctx, outcome), actions: ['clock', took(outcome), ...actions] };
}

/**
 * An eventless transition by an outcome (business hours, the entry): no
 * event moves the clock, but the outcome is recorded all the same.
 *
 * @example
 * always: [{ guard: { type: 'scheduleOpen', params }, ...leaveBy(ctx, 'open') }, leaveBy(ctx, 'closed')]
 */
export function leaveBy(ctx: CompileContext, outcome: string): TransitionConfig {
  return { target: ctx.next(outcome), reenter: true, actions: [took(outcome)] };
}

const took = (outcome: string): ActionRef => ({ type: 'took', params: { outcome } });

/** The instruction that plays a prompt. */
export function promptInstruction(nodeId: string, prompt: Prompt): Instruction {
  return prompt.type === 'say'
    ? {
        type: 'say',
        nodeId,
        text: prompt.text,
        language: prompt.language,
        ...(prompt.voice ? { voice: prompt.voice } : {}),
      }
    : { type: 'play', nodeId, greetingId: prompt.greetingId };
}

export const DIAL_EVENTS: CallEvent[] = [
  { type: 'DIAL_RESULT', status: 'answered' },
  { type: 'DIAL_RESULT', status: 'no-answer' },
  { type: 'DIAL_RESULT', status: 'busy' },
  { type: 'DIAL_RESULT', status: 'failed' },
];
