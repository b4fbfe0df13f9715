import {
  definitionOf,
  type FlowDocument,
  type FlowNode,
  type Scenario,
  type ScenarioEvent,
  type Schedule,
} from '@ringflow/shared';
import { compileFlow } from '../compile/compile.js';
import type { CallEvent } from '../compile/types.js';
import { buildGraph, type FlowGraph, outcomeIds } from '../graph.js';
import { MAX_PATH_STEPS, MAX_PATH_WORK, MAX_SCENARIOS } from '../limits.js';
import { type CallPath, searchPaths } from '../paths.js';

export interface ScenarioInputs {
  from: string;
  to: string;
  /** ISO instant the call starts. */
  at: string;
  timeZone?: string;
}

const MAX_NAME = 120;

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

/** Outcome ids the path's events point to, to tell apart outcomes that lead to the same node. */
function eventHints(events: CallEvent[]): string[] {
  return events.flatMap((e) => {
    if (e.type === 'DIAL_RESULT') return [e.status === 'answered' ? 'answered' : 'no-answer'];
    // A menu's outcome is the digit; a voicemail's key during the greeting is `key-<digit>`.
    if (e.type === 'DIGITS') return [e.digits, `key-${e.digits}`];
    if (e.type === 'NO_INPUT') return ['no-input'];
    if (e.type === 'RECORDING_DONE') return [e.durationSeconds >= 1 ? 'recorded' : 'no-message'];
    return [];
  });
}

/** A path in words: "Open: no answer → voicemail → message left". */
function pathName(graph: FlowGraph, path: CallPath): string {
  const hints = eventHints(path.events);
  const steps = path.result.path;
  const ended = path.result.outcome !== 'abandoned' && path.result.outcome !== 'failed';
  const prefix: string[] = [];
  const items: string[] = [];
  let first = true;
  steps.forEach((id, i) => {
    const node = graph.nodes.get(id);
    if (!node || node.type === 'incoming-call') return;
    const to = steps[i + 1] ?? null;
    const outcome = to !== null || ended ? outcomeLabel(graph, node, to, hints) : null;
    if (node.type === 'business-hours') {
      if (outcome) prefix.push(outcome);
      return;
    }
    const several = outcomeIds(node).length > 1;
    if (!(first && several) && node.type !== 'auto-reply' && node.type !== 'hang-up')
      items.push(nodeName(node));
    if (outcome && several) items.push(outcome.toLowerCase());
    first = false;
  });
  if (path.result.outcome === 'abandoned') items.push('caller hangs up');
  const body = items.join(' → ') || path.result.outcome;
  const name = prefix.length ? `${prefix.join(', ')}: ${body}` : body;
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

function nodeName(node: FlowNode): string {
  const label = (node.data as { label?: string }).label;
  return label || definitionOf(node.type).label.toLowerCase();
}

function outcomeLabel(
  graph: FlowGraph,
  node: FlowNode,
  to: string | null,
  hints: string[],
): string | null {
  const outs = graph.next.get(node.id);
  const outcomes = definitionOf(node.type).outcomes(node.data);
  const candidates = outcomes.filter((o) => (outs?.get(o.id) ?? null) === to);
  const hinted = hints.find((h) => candidates.some((c) => c.id === h));
  const chosen = candidates.find((c) => c.id === hinted) ?? candidates[0];
  return chosen?.label ?? null;
}

/**
 * A scenario that expects exactly what `path` did: its events (at the call's
 * start instant, no delays) and its path, outcome and auto-replies.
 *
 * @example
 * const [path] = enumeratePaths(machine, { call, at });
 * scenarioFromPath(flow, path, { from: '+14155550100', to: '', at }); // { name: 'Open: answered', ... }
 */
export function scenarioFromPath(
  flow: FlowDocument,
  path: CallPath,
  input: ScenarioInputs,
  name?: string,
): Scenario {
  return scenarioOf(buildGraph(flow), path, input, name);
}

function scenarioOf(
  graph: FlowGraph,
  path: CallPath,
  input: ScenarioInputs,
  name?: string,
): Scenario {
  return {
    name: name ?? pathName(graph, path),
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
 * One scenario per way through the flow (see `searchPaths`) at each instant,
 * the same path and events only once, each named after its route, within a
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
  // Only business hours read the clock: without them every instant walks the same paths.
  const timed = flow.nodes.some((n) => n.type === 'business-hours');
  const instants = timed ? input.instants : input.instants.slice(0, 1);
  const seen = new Set<string>();
  const found: { at: string; paths: CallPath[] }[] = [];
  let truncated = false;
  instants.forEach((at, i) => {
    // Each instant gets its share of the steps left, so a closed-hours path is not starved.
    const maxSteps = Math.floor(stepsLeft / (instants.length - i));
    const call = { from: input.from, to: input.to };
    const search = searchPaths(
      machine,
      { call, at, schedules },
      { maxPaths: maxScenarios, maxSteps },
    );
    stepsLeft -= search.steps;
    truncated ||= search.truncated;
    const paths = search.paths.filter((path) => {
      const key = JSON.stringify([path.result.path, path.events]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    found.push({ at, paths });
  });
  const quotas = shares(
    found.map((f) => f.paths.length),
    maxScenarios,
  );
  const names = new Map<string, number>();
  const scenarios: Scenario[] = [];
  found.forEach(({ at, paths }, i) => {
    const quota = quotas[i] ?? 0;
    if (paths.length > quota) truncated = true;
    for (const path of paths.slice(0, quota)) {
      const scenario = scenarioOf(graph, path, { ...input, at });
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
