import { type AnyActorScope, createActor } from 'xstate';
import type { CallMachine, NodeMeta } from './compile/compile.js';
import type {
  CallContext,
  CallEvent,
  CallInput,
  CallResult,
  Instruction,
  TakenOutcome,
} from './compile/types.js';

/** A call's state as stored between webhooks: plain JSON that restores exactly. */
export interface PersistedCall {
  status: 'active' | 'done' | 'error' | 'stopped';
  value: string;
  context: CallContext;
  output?: CallResult;
  [key: string]: unknown;
}

/** Where a call stands after a step, and what the provider should do next. */
export interface CallView {
  snapshot: PersistedCall;
  /** The node the call waits in, or null once it is over. */
  nodeId: string | null;
  instruction: Instruction;
  /** Nodes entered by this step, in order (instant nodes such as business hours included). */
  entered: string[];
  /**
   * The outcomes this step left nodes by, in order; null for a call started
   * before outcomes were recorded, where they are unknown.
   */
  taken: TakenOutcome[] | null;
  done: boolean;
  result: CallResult | null;
  /** False when the event does not apply in the current node; the call is unchanged. */
  accepted: boolean;
}

type Snapshot = ReturnType<CallMachine['resolveState']>;

const scopes = new WeakMap<CallMachine, AnyActorScope>();
const EPOCH = new Date(0).toISOString();

/**
 * The actor scope a machine's pure steps run in, made once per machine.
 * XState's `transition` and `initialTransition` build a new actor for every
 * call, and the actor's constructor works out the machine's initial state
 * each time: on the webhook path that was more than the step itself. The
 * compiled machines spawn nothing, raise nothing and have no actions to
 * run (every effect is an instruction in the context), so one inert scope
 * that drops actions serves every call of the machine.
 */
function scopeOf(machine: CallMachine): AnyActorScope {
  let scope = scopes.get(machine);
  if (!scope) {
    // The actor works out an initial state once, here; any well-formed input does.
    const self = createActor(machine, { input: { call: { from: '', to: '' }, at: EPOCH } });
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: () => {},
      defer: () => {},
      emit: () => {},
      stopChild: () => {},
      actionExecutor: () => {},
    } as AnyActorScope;
    scopes.set(machine, scope);
  }
  return scope;
}

/**
 * The stored form of a snapshot: what `restoreCall` reads back, and the
 * result. XState's `getPersistedSnapshot` deep-copies the context looking for
 * actors to serialise; a compiled call has none and its context is plain
 * JSON, so the snapshot's own objects are kept (nothing mutates them).
 */
export function persistedCall(snapshot: Snapshot): PersistedCall {
  return {
    status: snapshot.status,
    value: snapshot.value as string,
    context: snapshot.context,
    ...(snapshot.output !== undefined ? { output: snapshot.output } : {}),
  };
}

/** How far a call had got before a step: its path and its recorded outcomes. */
interface Mark {
  path: number;
  taken: number;
}

const markOf = (context: CallContext): Mark => ({
  path: context.path.length,
  taken: context.taken?.length ?? 0,
});

function view(snapshot: Snapshot, before: Mark, accepted: boolean): CallView {
  const done = snapshot.status === 'done';
  const context = snapshot.context;
  const meta = currentMeta(snapshot);
  const instruction = (!done && meta?.instruction(context)) || {
    type: 'hangup' as const,
    nodeId: context.lastNodeId,
  };
  return {
    snapshot: persistedCall(snapshot),
    nodeId: done ? null : (meta?.nodeId ?? null),
    instruction,
    entered: context.path.slice(before.path),
    taken: context.taken ? context.taken.slice(before.taken) : null,
    done,
    result: done ? (snapshot.output ?? null) : null,
    accepted,
  };
}

function currentMeta(snapshot: Snapshot): NodeMeta | undefined {
  return Object.values(snapshot.getMeta() as Record<string, NodeMeta | undefined>)[0];
}

/** A call that is already over stays as it was, whatever arrives. */
function ended(persisted: PersistedCall): CallView {
  return {
    snapshot: persisted,
    nodeId: null,
    instruction: { type: 'hangup', nodeId: persisted.context.lastNodeId },
    entered: [],
    taken: persisted.context.taken ? [] : null,
    done: true,
    result: persisted.output ?? null,
    accepted: false,
  };
}

/** Restores a persisted call into a snapshot of `machine`. */
export function restoreCall(machine: CallMachine, persisted: PersistedCall): Snapshot {
  return machine.resolveState({ value: persisted.value, context: persisted.context });
}

/**
 * Starts a call: enters the flow and runs through the instant nodes up to the
 * first one that needs the line (ringing, a prompt, a recording) or the end.
 *
 * @example
 * const view = startCall(machine, { call: { from: '+14155550100', to: '+14155550199' }, at: '2026-11-23T15:00:00Z' });
 * view.instruction; // { type: 'dial', targets: [...], ringSeconds: 30, ... }
 */
export function startCall(machine: CallMachine, input: CallInput): CallView {
  const snapshot = machine.getInitialSnapshot(scopeOf(machine), input);
  return view(snapshot, { path: 0, taken: 0 }, true);
}

/**
 * Applies one call event to a persisted call, purely: the same inputs always
 * give the same next state, and nothing is performed.
 *
 * @example
 * const next = stepCall(machine, stored.snapshot, { type: 'DIGITS', digits: '2', at: now });
 */
export function stepCall(
  machine: CallMachine,
  persisted: PersistedCall,
  event: CallEvent,
): CallView {
  if (persisted.status !== 'active') return ended(persisted);
  const current = restoreCall(machine, persisted);
  const before = markOf(current.context);
  if (!current.can(event)) {
    return view(current, before, false);
  }
  const next = machine.transition(current, event, scopeOf(machine));
  return view(next, before, true);
}

/** Where a persisted call stands, without stepping it: its node and current instruction. */
export function viewCall(machine: CallMachine, persisted: PersistedCall): CallView {
  if (persisted.status !== 'active') return ended(persisted);
  const snapshot = restoreCall(machine, persisted);
  return view(snapshot, markOf(snapshot.context), true);
}

/** The events that can happen in the call's current node, one sample of each kind. */
export function possibleEvents(machine: CallMachine, persisted: PersistedCall): CallEvent[] {
  if (persisted.status !== 'active') return [];
  const snapshot = restoreCall(machine, persisted);
  const meta = currentMeta(snapshot);
  return [...(meta?.events(snapshot.context) ?? []), { type: 'CALLER_HUNG_UP' }];
}
