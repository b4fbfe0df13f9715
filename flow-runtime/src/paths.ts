import type { CallMachine } from './compile/compile.js';
import type { CallEvent, CallInput, CallResult } from './compile/types.js';
import { MAX_PATH_STEPS } from './limits.js';
import { type CallView, type PersistedCall, possibleEvents, startCall, stepCall } from './step.js';

export interface CallPath {
  events: CallEvent[];
  result: CallResult;
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
  const seen = new Map<string, number>();
  let steps = 0;
  let truncated = false;
  const walk = (current: CallView): void => {
    if (current.done && current.result) {
      if (paths.length >= maxPaths) truncated = true;
      else paths.push({ events: [...events], result: current.result });
      return;
    }
    const key = stateKey(current.snapshot);
    const visits = seen.get(key) ?? 0;
    if (visits >= 2) return;
    seen.set(key, visits + 1);
    for (const event of possibleEvents(machine, current.snapshot)) {
      if (truncated) break;
      if (event.type === 'CALLER_HUNG_UP' && !options.hangUps) continue;
      if (steps >= maxSteps) {
        truncated = true;
        break;
      }
      steps += 1;
      const next = stepCall(machine, current.snapshot, event);
      if (!next.accepted) continue;
      events.push(event);
      walk(next);
      events.pop();
    }
    seen.set(key, visits);
  };
  walk(startCall(machine, input));
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
