import type { FlowDocument } from '@ringflow/shared';
import type { CallEvent } from '../compile/types.js';
import { buildGraph, outcomeIds } from '../graph.js';
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

/**
 * The outcomes a played call took, in order, worked out from the nodes it
 * entered: the outcome of `a` whose edge leads to the next node (or, at the
 * end, an unconnected one). When several outcomes lead to the same place,
 * the event decides; failing that, the first such outcome is counted.
 */
export function takenOutcomes(flow: FlowDocument, played: Played): TakenOutcome[] {
  const graph = buildGraph(flow);
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
  for (const step of played.steps) {
    const sequence = [...(step.from ? [step.from] : []), ...step.view.entered];
    for (let i = 1; i < sequence.length; i++) {
      pick(sequence[i - 1] as string, sequence[i] as string, i === 1 ? step.event : null);
    }
  }
  const result = played.last.result;
  const context = played.last.snapshot.context;
  // The call ended by an outcome with no edge: the implicit hang-up.
  if (result?.endedAt && !context.callerHungUp && !context.failure) {
    const lastStep = played.steps.at(-1);
    const waited = lastStep?.view.entered.length === 0 ? lastStep.event : null;
    pick(result.endedAt, null, waited ?? null);
  }
  return taken;
}
