import type { CallEvent, CallResult, TakenOutcome } from '../compile/types.js';
import { type FlowGraph, outcomeIds } from '../graph.js';
import type { RouteStep } from './taken.js';

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

/**
 * The outcomes of a call recorded before the machine kept them (its result
 * and trace carry no `taken`), worked out from the nodes it entered: the
 * outcome of `a` whose edge leads to the next node (or, at the end, an
 * unconnected one). When several outcomes lead to the same place, the event
 * decides; failing that, the first such outcome is counted. Only for such
 * old records: a call run now carries the outcomes it took.
 *
 * @example
 * guessRoute(graph, [{ event: null, from: null, entered: ['in', 'hours', 'ring'] }], null);
 * // [{ nodeId: 'in', outcomeId: 'next' }, { nodeId: 'hours', outcomeId: 'open' }]
 */
export function guessRoute(
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
