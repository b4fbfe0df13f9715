import type { CallMachine } from './compile/compile.js';
import type { CallEvent, CallInput, CallResult } from './compile/types.js';
import { MAX_PATH_STEPS } from './limits.js';
import type { RouteStep } from './scenario/taken.js';
import { type CallView, type PersistedCall, possibleEvents, startCall, stepCall } from './step.js';

export interface CallPath {
  events: CallEvent[];
  result: CallResult;
  /** With `distinct`: each step's event, the node it arrived in, the nodes it entered and the outcomes it took. */
  steps?: RouteStep[];
}

export interface PathOptions {
  /** Also branch on the caller hanging up in every node (many more paths). */
  hangUps?: boolean;
  /** Stop after this many paths (1,000 by default). */
  maxPaths?: number;
  /**
   * Stop after stepping the machine this many times (MAX_PATH_STEPS by
   * default): the work budget. A wide menu tree or loops can have far more
   * ways through than anyone could read, and each step costs time in
   * proportion to the flow's size.
   */
  maxSteps?: number;
  /**
   * Keeps one path per key (the first found): paths with a key already seen
   * are dropped and do not count towards `maxPaths`. Paths carry their
   * `steps` for the key to read.
   */
  distinct?: (path: CallPath) => string;
  /**
   * What a step means for `distinct` (the outcome it left a node by). Of the
   * events that lead from one state to the same next state by the same step
   * key (busy, failed and no answer; a wrong key and silence), only the
   * first is followed: the others can only repeat its paths.
   */
  stepKey?: (step: RouteStep, result: CallResult | null) => string;
}

/** The paths found, and whether the search stopped before it had seen them all. */
export interface PathSearch {
  paths: CallPath[];
  /** `paths` hit `maxPaths`, or the steps ran out: there may be more ways through. */
  truncated: boolean;
  /** How many times the machine was stepped. */
  steps: number;
}

/** What distinguishes two moments of a call for path-finding (not the clock or the step count). */
function stateKey(snapshot: PersistedCall): string {
  const c = snapshot.context;
  return JSON.stringify([snapshot.value, c.attempt, c.ringIndex, c.answered, c.voicemail !== null]);
}

/** Everything that decides where a call goes from here, the clock aside. */
function fullKey(view: CallView): string {
  const { now: _now, ...context } = view.snapshot.context;
  return JSON.stringify([view.snapshot.status, view.snapshot.value, context, view.result]);
}

/**
 * Every way a call can go through the flow from `input`'s instant, within a
 * budget: a depth-first walk over the events possible in each node. A state
 * may occur twice within one path, so each loop is walked once around and
 * then left by another way (a menu's "hear the hours again" and back is a
 * real path). The walk backtracks over one event stack and one visit count,
 * so a long chain costs steps, not copies of everything seen so far.
 *
 * @example
 * const { paths, truncated } = searchPaths(machine, input, { maxPaths: 200 });
 * if (truncated) console.log(`showing the first ${paths.length}`);
 */
export function searchPaths(
  machine: CallMachine,
  input: CallInput,
  options: PathOptions = {},
): PathSearch {
  const maxPaths = options.maxPaths ?? 1000;
  const maxSteps = options.maxSteps ?? MAX_PATH_STEPS;
  const paths: CallPath[] = [];
  const events: CallEvent[] = [];
  const trail: RouteStep[] = [];
  const seen = new Map<string, number>();
  const keys = new Set<string>();
  const distinct = options.distinct;
  let steps = 0;
  let truncated = false;
  const walk = (current: CallView): void => {
    if (current.done && current.result) {
      const path: CallPath = { events: [...events], result: current.result };
      if (distinct) {
        path.steps = [...trail];
        const key = distinct(path);
        if (keys.has(key)) return;
        keys.add(key);
      }
      if (paths.length >= maxPaths) truncated = true;
      else paths.push(path);
      return;
    }
    const key = stateKey(current.snapshot);
    const visits = seen.get(key) ?? 0;
    if (visits >= 2) return;
    seen.set(key, visits + 1);
    const choices = possibleEvents(machine, current.snapshot).filter(
      (e) => options.hangUps || e.type !== 'CALLER_HUNG_UP',
    );
    // Comparing next states costs a copy of the context: only worth it where there is a choice.
    const followed = options.stepKey && choices.length > 1 ? new Set<string>() : null;
    for (const event of choices) {
      if (truncated) break;
      if (steps >= maxSteps) {
        truncated = true;
        break;
      }
      steps += 1;
      const next = stepCall(machine, current.snapshot, event);
      if (!next.accepted) continue;
      const step = { event, from: current.nodeId, entered: next.entered, taken: next.taken };
      if (followed && options.stepKey) {
        const same = `${options.stepKey(step, next.result)}${fullKey(next)}`;
        if (followed.has(same)) continue;
        followed.add(same);
      }
      events.push(event);
      trail.push(step);
      walk(next);
      trail.pop();
      events.pop();
    }
    seen.set(key, visits);
  };
  const start = startCall(machine, input);
  trail.push({ event: null, from: null, entered: start.entered, taken: start.taken });
  walk(start);
  return { paths, truncated, steps };
}

/**
 * The paths of `searchPaths`, without saying whether the budget cut them short.
 *
 * @example
 * for (const path of enumeratePaths(machine, input)) console.log(path.result.outcome);
 */
export function enumeratePaths(
  machine: CallMachine,
  input: CallInput,
  options: PathOptions = {},
): CallPath[] {
  return searchPaths(machine, input, options).paths;
}
