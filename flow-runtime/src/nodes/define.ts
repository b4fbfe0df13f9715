import type { FlowNodeOf, NodeKind, Prompt } from '@ringflow/shared';
import type { CallContext, CallEvent, CallEventType, Instruction } from '../compile/types.js';

/** Guards and actions by name, as registered in `compile/setup.ts`. */
export type GuardRef =
  | 'dialAnswered'
  | 'hasRecording'
  | { type: 'digitsAre'; params: { digits: string } }
  | { type: 'attemptsLeft'; params: { attempts: number } }
  | { type: 'moreTargets'; params: { count: number } }
  | { type: 'scheduleOpen'; params: { scheduleId: string } }
  | { type: 'scheduleHoliday'; params: { scheduleId: string } };
export type ActionRef = 'clock' | 'retry' | 'nextTarget' | 'markAnswered' | 'keepRecording';

export interface TransitionConfig {
  target?: string;
  guard?: GuardRef;
  actions?: ActionRef[];
  reenter?: boolean;
}

/** The part of a node's XState state that its kind decides; compile adds entry, meta and limits. */
export interface NodeStateConfig {
  type?: 'final';
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
}

/** A transition to the node an outcome leads to, running `actions` on the way. */
export function goTo(
  ctx: CompileContext,
  outcome: string,
  ...actions: ActionRef[]
): TransitionConfig {
  return { target: ctx.next(outcome), reenter: true, actions: ['clock', ...actions] };
}

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
