import { coverage, validateFlow } from '@ringflow/flow-runtime';
import { ScenarioSchema, type Schedule } from '@ringflow/shared';
import { nodeView } from '../designer/node-view.js';
import type { SavedScenario } from './scenario.js';

/** What the saved scenarios exercise on the draft, in words a tester reads. */
export interface CoverageSummary {
  nodes: { covered: number; total: number; missing: string[] };
  outcomes: { covered: number; total: number; missing: string[] };
}

/**
 * Plays the saved scenarios on the draft and names the nodes and outcomes
 * none of them reaches, or null when the draft cannot run (its findings say
 * why) or there is nothing to cover.
 *
 * @example
 * coverageOf(draft, scenarios, schedules)?.outcomes.missing; // ['Main menu: 3 Support']
 */
export function coverageOf(
  draft: unknown,
  scenarios: SavedScenario[],
  schedules: readonly Schedule[],
): CoverageSummary | null {
  const { document } = validateFlow(draft, { scheduleIds: schedules.map((s) => s.id) });
  if (!document || document.nodes.length === 0) return null;
  const parsed = scenarios.flatMap((s) => {
    const result = ScenarioSchema.safeParse(s);
    return result.success ? [result.data] : [];
  });
  const byId = Object.fromEntries(schedules.map((s) => [s.id, s]));
  const result = coverage(document, parsed, byId);
  const title = (id: string) => {
    const node = document.nodes.find((n) => n.id === id);
    return node ? nodeView(node.type, node.data as Record<string, unknown>) : null;
  };
  const outcomeWords = (key: string) => {
    const split = key.indexOf(':');
    const view = title(key.slice(0, split));
    const outcome = view?.outcomes.find((o) => o.id === key.slice(split + 1));
    return `${view?.title ?? key.slice(0, split)}: ${outcome?.label ?? key.slice(split + 1)}`;
  };
  return {
    nodes: {
      covered: result.nodes.covered.length,
      total: result.nodes.covered.length + result.nodes.missing.length,
      missing: result.nodes.missing.map((id) => title(id)?.title ?? id),
    },
    outcomes: {
      covered: result.outcomes.covered.length,
      total: result.outcomes.covered.length + result.outcomes.missing.length,
      missing: result.outcomes.missing.map(outcomeWords),
    },
  };
}
