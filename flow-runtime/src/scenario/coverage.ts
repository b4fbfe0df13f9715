import type { FlowDocument, Scenario, Schedule } from '@ringflow/shared';
import { compileFlow } from '../compile/compile.js';
import { outcomeIds } from '../graph.js';
import { playScenario } from './play.js';
import { takenOutcomes } from './taken.js';

export interface ScenarioCoverage {
  nodes: { covered: string[]; missing: string[] };
  /** Outcome ids as `${nodeId}:${outcomeId}`. */
  outcomes: { covered: string[]; missing: string[] };
}

/**
 * Which nodes and outcomes of a flow the scenarios exercise, by what their
 * calls actually do against it (not by what they expect). Lists keep the
 * flow's node order.
 *
 * @example
 * coverage(flow, scenarios, schedules).nodes.missing; // ['vm'] when no scenario reaches voicemail
 */
export function coverage(
  flow: FlowDocument,
  scenarios: Scenario[],
  schedules: Readonly<Record<string, Schedule>>,
): ScenarioCoverage {
  const nodes = new Set<string>();
  const outcomes = new Set<string>();
  const machine = compileFlow(flow);
  for (const scenario of scenarios) {
    const played = playScenario(machine, scenario, schedules);
    for (const id of played.last.snapshot.context.path) nodes.add(id);
    for (const t of takenOutcomes(played)) outcomes.add(`${t.nodeId}:${t.outcomeId}`);
  }
  const allNodes = flow.nodes.map((n) => n.id);
  const allOutcomes = flow.nodes.flatMap((n) => outcomeIds(n).map((o) => `${n.id}:${o}`));
  return {
    nodes: {
      covered: allNodes.filter((id) => nodes.has(id)),
      missing: allNodes.filter((id) => !nodes.has(id)),
    },
    outcomes: {
      covered: allOutcomes.filter((id) => outcomes.has(id)),
      missing: allOutcomes.filter((id) => !outcomes.has(id)),
    },
  };
}
