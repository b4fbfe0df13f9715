import {
  definitionOf,
  type FlowDocument,
  type Scenario,
  type ScenarioEvent,
  type Schedule,
} from '@ringflow/shared';
import { compileFlow } from '../compile/compile.js';
import type { CallEvent, CallResult } from '../compile/types.js';
import { buildGraph, type FlowGraph } from '../graph.js';
import { MAX_PATH_STEPS, MAX_PATH_WORK, MAX_SCENARIOS } from '../limits.js';
import { type CallPath, searchPaths } from '../paths.js';
import { routeKey, routeName } from './route-name.js';
import type { RouteStep } from './taken.js';

export interface ScenarioInputs {
  from: string;
  to: string;
  /** ISO instant the call starts. */
  at: string;
  timeZone?: string;
}

/** A call event as a scenario stores it: its fields without the instant or recording URL. */
export function toScenarioEvent(event: CallEvent): ScenarioEvent {
  switch (event.type) {
    case 'DIAL_RESULT':
      return { type: event.type, status: event.status };
    case 'DIGITS':
      return { type: event.type, digits: event.digits };
    case 'RECORDING_DONE':
      return { type: event.type, durationSeconds: event.durationSeconds };
    default:
      return { type: event.type };
  }
}

/** The outcomes a path found by `searchPaths` took, as the machine recorded them. */
const routeOfPath = (path: CallPath) => path.result.taken ?? [];

function scenarioOf(graph: FlowGraph, path: CallPath, input: ScenarioInputs): Scenario {
  return {
    name: routeName(graph, routeOfPath(path), path.result),
    from: input.from,
    to: input.to,
    at: input.at,
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    events: path.events.map(toScenarioEvent),
    expect: {
      path: [...path.result.path],
      outcome: path.result.outcome,
      autoReplies: [...path.result.autoReplies],
    },
  };
}

/** How much a generation may do: scenarios kept, machine steps taken over all instants. */
export interface ScenarioBudget {
  maxScenarios?: number;
  maxSteps?: number;
}

/** Generated scenarios, and whether the budget left ways through out. */
export interface GeneratedScenarios {
  scenarios: Scenario[];
  truncated: boolean;
  /** "Too many paths: showing the first 200." when truncated. */
  message?: string;
}

/**
 * One scenario per distinct route through the flow (see `searchPaths` and
 * `routeKey`) over the instants and, when a step routes by the caller, over
 * the callers its rules name (`callers` of the kind's definition): the outcomes each step is left by, the
 * ending and the texts, whatever the input that led there (busy or no
 * answer, a wrong key first) and at whichever instant it was first found;
 * each named by what happens to the caller (`routeName`), within a
 * budget: at most `maxScenarios` (MAX_SCENARIOS) scenarios and `maxSteps`
 * machine steps in all (by default MAX_PATH_WORK divided by the flow's node
 * count, at most MAX_PATH_STEPS). When the budget cuts the search
 * short, the answer says so instead of running on for minutes.
 *
 * @example
 * const { scenarios, truncated, message } = generateScenarioSet(flow, { from, to: '', instants }, schedules);
 * if (truncated) console.log(message); // "Too many paths: showing the first 200."
 */
export function generateScenarioSet(
  flow: FlowDocument,
  input: { from: string; to: string; instants: string[] },
  schedules: Readonly<Record<string, Schedule>>,
  budget: ScenarioBudget = {},
): GeneratedScenarios {
  const maxScenarios = budget.maxScenarios ?? MAX_SCENARIOS;
  // A step costs time in proportion to the flow's size (XState scans the states).
  let stepsLeft =
    budget.maxSteps ?? Math.min(MAX_PATH_STEPS, Math.ceil(MAX_PATH_WORK / flow.nodes.length));
  const machine = compileFlow(flow);
  const graph = buildGraph(flow);
  // Only nodes that read the clock tell instants apart: without them every instant walks the same paths.
  const timed = flow.nodes.some((n) => definitionOf(n.type).readsClock === true);
  const instants = timed ? input.instants : input.instants.slice(0, 1);
  // Likewise only nodes that route by the caller tell callers apart: each offers one caller per outcome.
  const callers = [
    ...new Set([
      input.from,
      ...flow.nodes.flatMap((n) => definitionOf(n.type).callers?.(n.data as never) ?? []),
    ]),
  ];
  const runs = instants.flatMap((at) => callers.map((from) => ({ at, from })));
  const seen = new Set<string>();
  const distinct = (path: CallPath) => routeKey(routeOfPath(path), path.result);
  const stepKey = (step: RouteStep, _result: CallResult | null) => routeKey(step.taken ?? [], null);
  const found: { at: string; from: string; paths: CallPath[] }[] = [];
  let truncated = false;
  runs.forEach(({ at, from }, i) => {
    // Each run gets its share of the steps left, so a closed-hours path is not starved.
    const maxSteps = Math.floor(stepsLeft / (runs.length - i));
    const call = { from, to: input.to };
    const search = searchPaths(
      machine,
      { call, at, schedules },
      { maxPaths: maxScenarios, maxSteps, distinct, stepKey },
    );
    stepsLeft -= search.steps;
    truncated ||= search.truncated;
    // A route already found at an earlier instant or with another caller is the same scenario again.
    const paths = search.paths.filter((path) => {
      const key = distinct(path);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    found.push({ at, from, paths });
  });
  const quotas = shares(
    found.map((f) => f.paths.length),
    maxScenarios,
  );
  const names = new Map<string, number>();
  const scenarios: Scenario[] = [];
  found.forEach(({ at, from, paths }, i) => {
    const quota = quotas[i] ?? 0;
    if (paths.length > quota) truncated = true;
    for (const path of paths.slice(0, quota)) {
      const scenario = scenarioOf(graph, path, { ...input, at, from });
      const count = (names.get(scenario.name) ?? 0) + 1;
      names.set(scenario.name, count);
      if (count > 1) scenario.name = `${scenario.name} (${count})`;
      scenarios.push(scenario);
    }
  });
  if (!truncated) return { scenarios, truncated };
  return {
    scenarios,
    truncated,
    message: `Too many paths: showing the first ${scenarios.length}.`,
  };
}

/** `total` shared out over `wants` as evenly as it goes, no one getting more than they want. */
function shares(wants: number[], total: number): number[] {
  const given = wants.map(() => 0);
  let left = total;
  for (let open = wants.length; left > 0 && open > 0; ) {
    const each = Math.max(1, Math.floor(left / open));
    open = 0;
    for (let i = 0; i < wants.length && left > 0; i++) {
      const more = Math.min(each, (wants[i] ?? 0) - (given[i] ?? 0), left);
      given[i] = (given[i] ?? 0) + more;
      left -= more;
      if ((given[i] ?? 0) < (wants[i] ?? 0)) open++;
    }
  }
  return given;
}

/**
 * One scenario per way through the flow at each instant, as
 * `generateScenarioSet` finds them within its default budget.
 * A tester starts from these for full coverage.
 *
 * @example
 * generateScenarios(flow, { from, to: '', instants: [weekdayMorning, saturdayNight] }, schedules);
 */
export function generateScenarios(
  flow: FlowDocument,
  input: { from: string; to: string; instants: string[] },
  schedules: Readonly<Record<string, Schedule>>,
): Scenario[] {
  return generateScenarioSet(flow, input, schedules).scenarios;
}
