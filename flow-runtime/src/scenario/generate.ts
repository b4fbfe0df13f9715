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
import { buildGraph, outcomeIds } from '../graph.js';
import { type CallPath, enumeratePaths } from '../paths.js';

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
function pathName(flow: FlowDocument, path: CallPath): string {
  const graph = buildGraph(flow);
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
  graph: ReturnType<typeof buildGraph>,
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
  return {
    name: name ?? pathName(flow, path),
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

/**
 * One scenario per way through the flow (see `enumeratePaths`) at each
 * instant, the same path and events only once, each named after its route.
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
  const machine = compileFlow(flow);
  const seen = new Set<string>();
  const names = new Map<string, number>();
  const scenarios: Scenario[] = [];
  for (const at of input.instants) {
    const call = { from: input.from, to: input.to };
    for (const path of enumeratePaths(machine, { call, at, schedules })) {
      const key = JSON.stringify([path.result.path, path.events]);
      if (seen.has(key)) continue;
      seen.add(key);
      const scenario = scenarioFromPath(flow, path, { ...input, at });
      const count = (names.get(scenario.name) ?? 0) + 1;
      names.set(scenario.name, count);
      if (count > 1) scenario.name = `${scenario.name} (${count})`;
      scenarios.push(scenario);
    }
  }
  return scenarios;
}
