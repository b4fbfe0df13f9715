import type { TakenOutcome } from '@ringflow/flow-runtime';
import { currentStep, type SimSession } from './session.js';

/** What the canvas marks while simulating: where the call is, and the way it came. */
export interface CanvasTrace {
  current: string | null;
  passed: string[];
  edges: string[];
}

interface TraceEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string | null;
}

const hop = (from: string, to: string) => `${from}\u0000${to}`;

/**
 * The nodes and edges a call's path went through. An edge counts as taken
 * when the path steps from its source straight to its target and, when the
 * outcomes the call took are known (`taken`, as the machine recorded them),
 * it leaves by one of them: when several outcomes of a node lead to the same
 * step (a menu's 1 and silence both to voicemail), only the one taken is marked.
 *
 * @example
 * traceOf(['start', 'hours', 'ring-team'], 'ring-team', edges, [{ nodeId: 'start', outcomeId: 'next' }, ...]);
 * // { current: 'ring-team', passed: ['start', 'hours', 'ring-team'], edges: ['start--next--hours', ...] }
 */
export function traceOf(
  path: readonly string[],
  current: string | null,
  edges: readonly TraceEdge[],
  taken?: readonly TakenOutcome[] | null,
): CanvasTrace {
  const hops = new Set<string>();
  for (let i = 1; i < path.length; i++) hops.add(hop(path[i - 1] ?? '', path[i] ?? ''));
  const outcomes = taken ? new Set(taken.map((t) => hop(t.nodeId, t.outcomeId))) : null;
  return {
    current,
    passed: [...new Set(path)],
    edges: edges
      .filter((e) => hops.has(hop(e.source, e.target)))
      .filter((e) => !outcomes || outcomes.has(hop(e.source, e.sourceHandle ?? '')))
      .map((e) => e.id),
  };
}

/** The outcomes the simulated call has taken so far, as its machine recorded them. */
export function takenOf(session: SimSession): readonly TakenOutcome[] | null {
  return currentStep(session).view.snapshot.context.taken ?? null;
}
