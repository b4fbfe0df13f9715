import type { CallMachine } from './compile/compile.js';
import type { CallEvent, CallInput, CallResult } from './compile/types.js';
import { type CallView, type PersistedCall, possibleEvents, startCall, stepCall } from './step.js';

export interface CallPath {
  events: CallEvent[];
  result: CallResult;
}

export interface PathOptions {
  /** Also branch on the caller hanging up in every node (many more paths). */
  hangUps?: boolean;
  /** Stop after this many paths. */
  maxPaths?: number;
}

/** What distinguishes two moments of a call for path-finding (not the clock or the step count). */
function stateKey(snapshot: PersistedCall): string {
  const c = snapshot.context;
  return JSON.stringify([snapshot.value, c.attempt, c.ringIndex, c.answered, c.voicemail !== null]);
}

/**
 * Every way a call can go through the flow from `input`'s instant: a
 * depth-first walk over the events possible in each node. A state may occur
 * twice within one path, so each loop is walked once around and then left
 * by another way (a menu's "hear the hours again" and back is a real path).
 *
 * @example
 * for (const path of enumeratePaths(machine, input)) console.log(path.result.outcome);
 */
export function enumeratePaths(
  machine: CallMachine,
  input: CallInput,
  options: PathOptions = {},
): CallPath[] {
  const maxPaths = options.maxPaths ?? 1000;
  const paths: CallPath[] = [];
  const walk = (
    current: CallView,
    events: CallEvent[],
    seen: ReadonlyMap<string, number>,
  ): void => {
    if (paths.length >= maxPaths) return;
    if (current.done && current.result) {
      paths.push({ events, result: current.result });
      return;
    }
    const key = stateKey(current.snapshot);
    const visits = seen.get(key) ?? 0;
    if (visits >= 2) return;
    const nextSeen = new Map(seen).set(key, visits + 1);
    for (const event of possibleEvents(machine, current.snapshot)) {
      if (event.type === 'CALLER_HUNG_UP' && !options.hangUps) continue;
      const next = stepCall(machine, current.snapshot, event);
      if (next.accepted) walk(next, [...events, event], nextSeen);
    }
  };
  walk(startCall(machine, input), [], new Map());
  return paths;
}
