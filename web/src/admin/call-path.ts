import type { CallEvent, RouteStep, TakenOutcome } from '@ringflow/flow-runtime';

/** The part of a flow document's edges the call path needs. */
export interface PathEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string;
}

export interface HighlightedPath {
  /** Nodes the call went through. */
  nodes: Set<string>;
  /** Edges it followed. */
  edges: Set<string>;
  /** 1-based positions of each node in the path (a loop visits a node more than once). */
  steps: Map<string, number[]>;
}

/**
 * Which nodes and edges of a flow a call went through, from the call's `path`
 * (node ids in order) and, when known, the outcomes its events took
 * (`callRoute` of the trace). Without them an edge counts as taken when the
 * path steps straight from its source to its target and no other connection
 * does. Steps without an edge (an auto-reply fired when the caller hung up)
 * highlight the node only.
 *
 * @example
 * highlightPath(['start', 'hours'], [{ id: 'e1', source: 'start', target: 'hours' }]).edges
 * // Set { 'e1' }
 */
export function highlightPath(
  path: readonly string[],
  edges: readonly PathEdge[],
  route?: readonly TakenOutcome[],
): HighlightedPath {
  const nodes = new Set(path);
  const taken = new Set<string>();
  const steps = new Map<string, number[]>();
  path.forEach((id, i) => {
    steps.set(id, [...(steps.get(id) ?? []), i + 1]);
  });
  if (route) {
    // The outcomes the call's events decided: two outcomes leading to the same
    // step ("Message left" and "No message" both to a text) are told apart.
    for (const edge of edges) {
      if (route.some((t) => t.nodeId === edge.source && t.outcomeId === edge.sourceHandle)) {
        taken.add(edge.id);
      }
    }
    return { nodes, edges: taken, steps };
  }
  path.forEach((id, i) => {
    const next = path[i + 1];
    if (next === undefined) return;
    // Without the call's events, only a step-to-step connection that is the
    // only one between the two can be said to be taken.
    const between = edges.filter((e) => e.source === id && e.target === next);
    if (between.length === 1 && between[0]) taken.add(between[0].id);
  });
  return { nodes, edges: taken, steps };
}

/**
 * A call's trace as the steps of its route: each event, the step the call
 * waited in when it came, and the steps it entered.
 *
 * @example
 * routeSteps([{ kind: 'event', data: { type: 'START', entered: ['in', 'ring'] } }]);
 * // [{ event: null, from: null, entered: ['in', 'ring'] }]
 */
export function routeSteps(rows: readonly { kind: string; data?: unknown }[]): RouteStep[] {
  const steps: RouteStep[] = [];
  let waitingIn: string | null = null;
  for (const row of rows) {
    if (row.kind !== 'event' || typeof row.data !== 'object' || row.data === null) continue;
    const { entered: raw, ...event } = row.data as { type?: unknown; entered?: unknown };
    const entered = Array.isArray(raw)
      ? raw.filter((id): id is string => typeof id === 'string')
      : [];
    const start = event.type === 'START';
    steps.push({ event: start ? null : (event as CallEvent), from: waitingIn, entered });
    waitingIn = entered.at(-1) ?? waitingIn;
  }
  return steps;
}
