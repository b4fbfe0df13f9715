import { ApiError } from '../api/client.js';
import type { ApiSchema } from '../api/types.js';
import type { ScenarioRunResult } from './scenario.js';

/** The failing scenarios of a 409 `scenarios-failing` answer to publishing, or null for any other error. */
export function failingScenariosOf(error: unknown): ScenarioRunResult[] | null {
  if (!(error instanceof ApiError) || error.code !== 'scenarios-failing') return null;
  const body = error.body as Partial<ApiSchema<'ScenariosFailing'>> | null;
  const results = body?.results ?? [];
  return results.filter((r) => !r.passed);
}

/** The scenarios that fail against the draft, each with its first difference. */
export function FailingScenarios({ results }: { results: ScenarioRunResult[] }) {
  return (
    <ul className="findings-list failing-scenarios" aria-label="Failing scenarios">
      {results.map((r) => (
        <li key={r.scenarioId ?? r.name}>
          <strong>{r.name}</strong>
          {r.difference ? `: ${r.difference}` : ''}
        </li>
      ))}
    </ul>
  );
}
