import { useMemo } from 'react';
import { toDocument } from '../designer/document.js';
import { useGraphIgnoringMoves } from '../designer/moves.js';
import { selectSchedules } from '../designer/selectors.js';
import { useDesigner } from '../designer/use-designer.js';
import type { SavedScenario } from './scenario.js';
import { coverageOf } from './scenario-coverage.js';

/** How much of the draft the saved scenarios exercise, and what none of them reaches. */
export function CoverageLine({ scenarios }: { scenarios: SavedScenario[] }) {
  // Compiling the flow for coverage is not redone for every frame of a drag.
  const { meta, nodes, edges } = useGraphIgnoringMoves();
  const schedules = useDesigner(selectSchedules);
  const summary = useMemo(() => {
    try {
      return coverageOf(toDocument(meta, nodes, edges), scenarios, schedules);
    } catch {
      // A draft half-way through an edit may not compile; the findings panel says why.
      return null;
    }
  }, [meta, nodes, edges, schedules, scenarios]);
  if (!summary || scenarios.length === 0) return null;
  const missing = [...summary.nodes.missing, ...summary.outcomes.missing];
  return (
    <section className="sim-coverage" aria-label="Coverage">
      <p>
        Saved scenarios cover{' '}
        <strong>
          {summary.nodes.covered} of {summary.nodes.total} nodes
        </strong>{' '}
        and{' '}
        <strong>
          {summary.outcomes.covered} of {summary.outcomes.total} outcomes
        </strong>
        .
      </p>
      {missing.length > 0 && (
        <details>
          <summary>Not covered ({missing.length})</summary>
          <ul>
            {missing.map((name, i) => (
              // Two nodes may share a title; the position tells them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole each time
              <li key={i}>{name}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
