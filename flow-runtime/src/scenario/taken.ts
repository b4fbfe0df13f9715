import type { FlowDocument } from '@ringflow/shared';
import type { CallEvent, CallResult, TakenOutcome } from '../compile/types.js';
import { buildGraph } from '../graph.js';
import { guessRoute } from './guess-route.js';
import type { Played } from './play.js';

/** One step of a call, as a route is read from it: the event, where the call waited, what it entered. */
export interface RouteStep {
  /** null for the call's start. */
  event: CallEvent | null;
  /** The node the call waited in when the event arrived (null at the start). */
  from: string | null;
  entered: readonly string[];
  /** The outcomes the step left nodes by, as the machine recorded them; absent or null when unknown. */
  taken?: readonly TakenOutcome[] | null;
}

/**
 * The outcomes a played call took, in order, as the machine recorded them
 * where each transition was chosen.
 *
 * @example
 * takenOutcomes(playScenario(machine, scenario, schedules));
 * // [{ nodeId: 'in', outcomeId: 'next' }, { nodeId: 'hours', outcomeId: 'open' }, ...]
 */
export function takenOutcomes(played: Played): TakenOutcome[] {
  return [...(played.last.snapshot.context.taken ?? [])];
}

/**
 * The outcomes a recorded call took through `flow` (a call's trace, read back
 * from the call log), so a drawing of its path marks the outcome the call
 * took rather than the first connection between two steps: the machine's
 * record, from the call's result or from every step of its trace. Calls
 * recorded before the machine kept that record have only their events; their
 * route is read from those (`guessRoute`).
 *
 * @example
 * callRoute(revision.document, [{ event: null, from: null, entered: ['in', 'vm'] }], result);
 */
export function callRoute(
  flow: FlowDocument,
  steps: readonly RouteStep[],
  result: CallResult | null,
): TakenOutcome[] {
  if (result?.taken) return result.taken;
  if (steps.length > 0 && steps.every((s) => s.taken)) return steps.flatMap((s) => s.taken ?? []);
  return guessRoute(buildGraph(flow), steps, result);
}
