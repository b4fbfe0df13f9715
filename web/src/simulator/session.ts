/**
 * @module
 * A simulated call as a list of views, one per step, so stepping back is
 * dropping the last one. Stepping uses flow-runtime's pure `startCall` and
 * `stepCall`: the browser runs the very machine the server runs, and no
 * interpreter lives between renders.
 */

import {
  type CallEvent,
  type CallInput,
  type CallMachine,
  type CallView,
  startCall,
  stepCall,
} from '@ringflow/flow-runtime';

/** One step of the call: the event taken (none for the start) and where it led. */
export interface SimStep {
  event: CallEvent | null;
  /** Seconds the clock moved before the event. */
  afterSeconds: number;
  view: CallView;
}

export interface SimSession {
  machine: CallMachine;
  input: CallInput;
  /** Never empty: the first step is the start of the call. */
  steps: SimStep[];
}

/**
 * Starts a call on `machine`.
 *
 * @example
 * let session = startSession(compileFlow(flow), { call: { from, to: '' }, at });
 * session = stepSession(session, { type: 'DIGITS', digits: '2' }, 5);
 */
export function startSession(machine: CallMachine, input: CallInput): SimSession {
  return {
    machine,
    input,
    steps: [{ event: null, afterSeconds: 0, view: startCall(machine, input) }],
  };
}

/** The step the call stands at. */
export function currentStep(session: SimSession): SimStep {
  return session.steps[session.steps.length - 1] as SimStep;
}

/**
 * Takes `event` after `afterSeconds` on the call's clock. An event the
 * current node does not accept leaves the session as it was.
 */
export function stepSession(session: SimSession, event: CallEvent, afterSeconds = 0): SimSession {
  const { view } = currentStep(session);
  if (view.done) return session;
  const seconds = Math.max(0, Math.floor(afterSeconds));
  const at = new Date(Date.parse(view.snapshot.context.now) + seconds * 1000).toISOString();
  const next = stepCall(session.machine, view.snapshot, { ...event, at });
  if (!next.accepted) return session;
  return { ...session, steps: [...session.steps, { event, afterSeconds: seconds, view: next }] };
}

/** Undoes the last event; the start stays. */
export function stepBack(session: SimSession): SimSession {
  if (session.steps.length <= 1) return session;
  return { ...session, steps: session.steps.slice(0, -1) };
}

/** Back to the start of the call, with the same inputs. */
export function restartSession(session: SimSession): SimSession {
  return { ...session, steps: session.steps.slice(0, 1) };
}

/** Every node the call has entered so far, in order. */
export function pathOf(session: SimSession): string[] {
  return currentStep(session).view.snapshot.context.path;
}

/** The events taken, each with the seconds before it, as a scenario stores them. */
export function takenEvents(session: SimSession): (CallEvent & { afterSeconds: number })[] {
  return session.steps.flatMap((s) =>
    s.event ? [{ ...s.event, afterSeconds: s.afterSeconds }] : [],
  );
}
