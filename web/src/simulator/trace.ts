import type { CallEvent } from '@ringflow/flow-runtime';
import type { SimSession } from './session.js';

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

/** The outcome an event names outright (a key, silence), when it names one. */
function handleOf(event: CallEvent): string | null {
  if (event.type === 'DIGITS') return event.digits;
  if (event.type === 'NO_INPUT') return 'no-input';
  return null;
}

/**
 * The nodes and edges a call's path went through. An edge counts as taken
 * when the path steps from its source straight to its target; when several
 * outcomes of a node lead to the same step (a menu's 1 and silence both to
 * voicemail), `chosen` names the one the event took.
 *
 * @example
 * traceOf(['start', 'hours', 'ring-team'], 'ring-team', edges);
 * // { current: 'ring-team', passed: ['start', 'hours', 'ring-team'], edges: ['start--next--hours', ...] }
 */
export function traceOf(
  path: readonly string[],
  current: string | null,
  edges: readonly TraceEdge[],
  chosen: ReadonlyMap<string, string> = new Map(),
): CanvasTrace {
  const hops = new Set<string>();
  for (let i = 1; i < path.length; i++) hops.add(hop(path[i - 1] ?? '', path[i] ?? ''));
  const taken = edges.filter((e) => hops.has(hop(e.source, e.target)));
  return {
    current,
    passed: [...new Set(path)],
    edges: taken
      .filter((e) => {
        const handle = chosen.get(hop(e.source, e.target));
        if (handle === undefined || e.sourceHandle === handle) return true;
        // Leave out this edge only when its sibling on the same hop is the one the event named.
        return !taken.some(
          (t) => t.source === e.source && t.target === e.target && t.sourceHandle === handle,
        );
      })
      .map((e) => e.id),
  };
}

/** For each step the call took by a key or by silence: the outcome it went out by. */
export function chosenHandles(session: SimSession): Map<string, string> {
  const chosen = new Map<string, string>();
  session.steps.forEach((step, i) => {
    const from = session.steps[i - 1]?.view.nodeId;
    const to = step.view.entered[0];
    const handle = step.event && handleOf(step.event);
    if (from && to && handle) chosen.set(hop(from, to), handle);
  });
  return chosen;
}
