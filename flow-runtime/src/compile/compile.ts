import type { FlowDocument, FlowNode } from '@ringflow/shared';
import { buildGraph } from '../graph.js';
import type { NodeStateConfig, TransitionConfig } from '../nodes/define.js';
import { compilerOf } from '../nodes/registry.js';
import { callSetup, initialContext } from './setup.js';
import type { CallContext, CallEvent, CallInput, CallResult, Instruction } from './types.js';

/** Final states that no node id can clash with (node ids never contain `$`). */
export const END_STATE = '$end';
export const HUNG_UP_STATE = '$hung-up';
export const FAILED_STATE = '$failed';

/** Carried in each node state's `meta`, read back by `step` and the simulator. */
export interface NodeMeta {
  nodeId: string;
  kind: FlowNode['type'];
  instruction(context: CallContext): Instruction | null;
  events(context: CallContext): CallEvent[];
}

const INERT_INPUT: CallInput = { call: { from: '', to: '' }, at: new Date(0).toISOString() };

/** A transition as handed to XState: every member present, even when undefined. */
interface UniformTransition {
  target: string | undefined;
  guard: TransitionConfig['guard'] | 'runaway';
  actions: TransitionConfig['actions'] | readonly string[] | undefined;
  reenter: boolean;
}

function uniform(t: {
  target?: string | undefined;
  guard?: UniformTransition['guard'];
  actions?: UniformTransition['actions'];
  reenter?: boolean;
}): UniformTransition {
  return { target: t.target, guard: t.guard, actions: t.actions, reenter: t.reenter ?? false };
}

function uniformEvents(
  on: NonNullable<NodeStateConfig['on']>,
): Record<string, UniformTransition[]> {
  const out: Record<string, UniformTransition[]> = {};
  for (const [event, transitions] of Object.entries(on)) {
    if (transitions) out[event] = transitions.map(uniform);
  }
  return out;
}

export class CompileError extends Error {
  override name = 'CompileError';
}

/**
 * Compiles a parsed flow into an XState machine: one state per node, with
 * transitions on normalised call events. The machine holds no timers and
 * performs no I/O; step it with `startCall` / `stepCall` (XState's pure
 * `initialTransition` / `transition`). Edges the validator would reject are
 * ignored, so a draft with errors still compiles for the simulator; a flow
 * without an entry does not.
 *
 * @example
 * const machine = compileFlow(flow);
 * const view = startCall(machine, { call: { from, to }, at: new Date().toISOString(), schedules });
 */
export function compileFlow(flow: FlowDocument) {
  const graph = buildGraph(flow);
  const entry = graph.entry;
  if (!entry) throw new CompileError('The flow has no incoming-call node to start from');

  const texts = flow.nodes.flatMap((n) => {
    const text = compilerOf(n.type).textsAtEnd?.(n as never);
    return text ? [{ id: n.id, ...text }] : [];
  });
  const hangUpAutoReplies = texts.filter((t) => t.onCallerHangUp).map((t) => t.id);
  const autoReplyIds = new Set(texts.map((t) => t.id));

  const states: Record<string, object> = {};
  for (const node of flow.nodes) {
    const outs = graph.next.get(node.id);
    const compiler = compilerOf(node.type);
    const config: NodeStateConfig = compiler.state(node as never, {
      next: (outcome) => outs?.get(outcome) ?? END_STATE,
    });
    const meta: NodeMeta = {
      nodeId: node.id,
      kind: node.type,
      instruction: (context) => compiler.instruction(node as never, context),
      events: (context) => compiler.events(node as never, context),
    };
    const final = config.type === 'final';
    // One object shape for every state and every transition: XState copies each
    // transition with a spread, which stays fast only while the shapes agree.
    states[node.id] = {
      type: config.type,
      entry: [{ type: 'enter', params: { nodeId: node.id } }, ...(config.entry ?? [])],
      meta,
      on: config.on ? uniformEvents(config.on) : undefined,
      // The limits come first so that no loop, eventless or not, outlives them.
      always: final
        ? undefined
        : [
            uniform({ guard: 'runaway', target: FAILED_STATE, actions: ['fail'] }),
            ...(config.always ?? []).map(uniform),
          ],
    };
  }
  states[END_STATE] = { type: 'final' };
  states[HUNG_UP_STATE] = { type: 'final' };
  states[FAILED_STATE] = { type: 'final' };

  const output = (context: CallContext): CallResult => {
    const endedAt = context.lastNodeId;
    const outcome = context.failure
      ? 'failed'
      : context.blocked
        ? 'blocked'
        : context.answered
          ? 'answered'
          : context.voicemail
            ? 'voicemail'
            : context.callerHungUp
              ? 'abandoned'
              : 'missed';
    // A blocked caller gets no text: the call ended at a hang-up, never at an auto-reply.
    const autoReplies =
      endedAt && autoReplyIds.has(endedAt) && !context.callerHungUp && !context.failure
        ? [endedAt]
        : outcome === 'abandoned'
          ? hangUpAutoReplies
          : [];
    return {
      outcome,
      autoReplies,
      endedAt,
      reason: context.failure,
      path: context.path,
      ...(context.taken ? { taken: context.taken } : {}),
    };
  };

  return callSetup.createMachine({
    id: 'call',
    // XState's pure `transition` builds a throwaway actor that computes an initial
    // snapshot without input on every call; a cheap, empty call keeps that fast.
    context: ({ input }) => initialContext(input ?? INERT_INPUT),
    initial: entry.id,
    on: { CALLER_HUNG_UP: { target: `.${HUNG_UP_STATE}`, actions: ['clock', 'markHungUp'] } },
    // Built from the node kinds at run time; each piece is typed by NodeStateConfig.
    states: states as never,
    output: ({ context }) => output(context),
  });
}

export type CallMachine = ReturnType<typeof compileFlow>;
