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
  type GreetingSeconds,
  type SettledView,
  type SimMember,
  settleDials,
  startCall,
  stepCall,
  stepSeconds,
} from '@ringflow/flow-runtime';

/** One step of the call: the event taken (none for the start) and where it led. */
export interface SimStep {
  event: CallEvent | null;
  /** Seconds the clock moved before the event: what the step took, or the tester's choice. */
  afterSeconds: number;
  /** Where the step led, after dials with nobody to ring were taken as unanswered. */
  view: CallView;
  /** The dials the step met, with who was left out (do not disturb, no number). */
  dials: SettledView['dials'];
}

/** What the call's line knows beyond the flow: the team as the server sees it, greeting lengths. */
export interface SimLine {
  /** Team members by id, with do-not-disturb; null rings every target. */
  members: ReadonlyMap<string, SimMember> | null;
  greetingSeconds?: GreetingSeconds;
}

export interface SimSession {
  machine: CallMachine;
  input: CallInput;
  line: SimLine;
  /** Never empty: the first step is the start of the call. */
  steps: SimStep[];
}

/** A view moved on past dials with nobody to ring, as the server's call runtime does. */
function settled(
  machine: CallMachine,
  view: CallView,
  line: SimLine,
): Pick<SimStep, 'view' | 'dials'> {
  const { view: next, entered, dials } = settleDials(machine, view, line.members);
  return { view: { ...next, entered }, dials };
}

/**
 * Starts a call on `machine`.
 *
 * @example
 * let session = startSession(compileFlow(flow), { call: { from, to: '' }, at }, { members });
 * session = stepSession(session, { type: 'DIGITS', digits: '2' }); // after the prompt's length
 * session = stepSession(session, { type: 'DIAL_RESULT', status: 'answered' }, 12); // after 12 s
 */
export function startSession(
  machine: CallMachine,
  input: CallInput,
  line: SimLine = { members: null },
): SimSession {
  const start = settled(machine, startCall(machine, input), line);
  return { machine, input, line, steps: [{ event: null, afterSeconds: 0, ...start }] };
}

/** The step the call stands at. */
export function currentStep(session: SimSession): SimStep {
  return session.steps[session.steps.length - 1] as SimStep;
}

/**
 * Takes `event` after `afterSeconds` on the call's clock or, without it,
 * after as long as the step takes (`stepSeconds`: the ring time before no
 * answer, the prompt before a key, the greeting and message before a
 * recording ends). An event the current node does not accept leaves the
 * session as it was.
 */
export function stepSession(
  session: SimSession,
  event: CallEvent,
  afterSeconds?: number,
): SimSession {
  const { view } = currentStep(session);
  if (view.done) return session;
  const wait = afterSeconds ?? stepSeconds(view.instruction, event, session.line.greetingSeconds);
  const seconds = Math.max(0, Math.floor(wait));
  const at = new Date(Date.parse(view.snapshot.context.now) + seconds * 1000).toISOString();
  const next = stepCall(session.machine, view.snapshot, { ...event, at });
  if (!next.accepted) return session;
  const step = { event, afterSeconds: seconds, ...settled(session.machine, next, session.line) };
  return { ...session, steps: [...session.steps, step] };
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
