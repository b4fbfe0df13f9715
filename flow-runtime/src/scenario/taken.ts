import type { FlowDocument } from '@ringflow/shared';
import type { CallEvent, CallResult } from '../compile/types.js';
import { buildGraph, type FlowGraph, outcomeIds } from '../graph.js';
import type { Played } from './play.js';

/** One outcome a call left a node by. */
export interface TakenOutcome {
  nodeId: string;
  outcomeId: string;
}

/** The outcome ids an event points to, for nodes whose outcomes lead to the same place. */
function hints(event: CallEvent | null): string[] {
  switch (event?.type) {
    case 'DIAL_RESULT':
      return [event.status === 'answered' ? 'answered' : 'no-answer'];
    case 'DIGITS':
      return [event.digits, `key-${event.digits}`, 'no-input'];
    case 'NO_INPUT':
      return ['no-input'];
    case 'RECORDING_DONE':
      return [event.durationSeconds >= 1 ? 'recorded' : 'no-message'];
    default:
      return [];
  }
}

/** One step of a call, as a route is read from it: the event, where the call waited, what it entered. */
export interface RouteStep {
  /** null for the call's start. */
  event: CallEvent | null;
  /** The node the call waited in when the event arrived (null at the start). */
  from: string | null;
  entered: readonly string[];
}

/**
 * The outcomes a played call took, in order, worked out from the nodes it
 * entered: the outcome of `a` whose edge leads to the next node (or, at the
 * end, an unconnected one). When several outcomes lead to the same place,
 * the event decides; failing that, the first such outcome is counted.
 */
export function takenOutcomes(flow: FlowDocument, played: Played): TakenOutcome[] {
  const steps = played.steps.map((s) => ({
    event: s.event,
    from: s.from,
    entered: s.view.entered,
  }));
  return routeOf(buildGraph(flow), steps, played.last.result);
}

/**
 * `takenOutcomes` for steps recorded any way (a path search records them
 * without playing the call again), given the call's result when it ended.
 *
 * @example
 * routeOf(graph, [{ event: null, from: null, entered: ['in', 'hours', 'ring'] }], null);
 * // [{ nodeId: 'in', outcomeId: 'next' }, { nodeId: 'hours', outcomeId: 'open' }]
 */
export function routeOf(
  graph: FlowGraph,
  steps: readonly RouteStep[],
  result: CallResult | null,
): TakenOutcome[] {
  const taken: TakenOutcome[] = [];
  const pick = (from: string, to: string | null, event: CallEvent | null) => {
    const node = graph.nodes.get(from);
    if (!node) return;
    const outs = graph.next.get(from);
    const candidates = outcomeIds(node).filter((id) => (outs?.get(id) ?? null) === to);
    const hinted = hints(event).find((id) => candidates.includes(id));
    const outcomeId = hinted ?? candidates[0];
    if (outcomeId !== undefined) taken.push({ nodeId: from, outcomeId });
  };
  for (const step of steps) {
    const sequence = [...(step.from ? [step.from] : []), ...step.entered];
    for (let i = 1; i < sequence.length; i++) {
      pick(sequence[i - 1] as string, sequence[i] as string, i === 1 ? step.event : null);
    }
  }
  const hungUp = steps.some((s) => s.event?.type === 'CALLER_HUNG_UP');
  // The call ended by an outcome with no edge: the implicit hang-up.
  if (result?.endedAt && !hungUp && !result.reason) {
    const lastStep = steps.at(-1);
    const waited = lastStep?.entered.length === 0 ? lastStep.event : null;
    pick(result.endedAt, null, waited ?? null);
  }
  return taken;
}

/**
 * The outcomes a recorded call took through `flow` (a call's trace, read back
 * from the call log), so a drawing of its path marks the outcome the events
 * decided rather than the first connection between two steps.
 *
 * @example
 * callRoute(revision.document, [{ event: null, from: null, entered: ['in', 'vm'] }], null);
 */
export function callRoute(
  flow: FlowDocument,
  steps: readonly RouteStep[],
  result: CallResult | null,
): TakenOutcome[] {
  return routeOf(buildGraph(flow), steps, result);
}
