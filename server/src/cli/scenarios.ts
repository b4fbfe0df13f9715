import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { issueFields, runScenario, validateFlow } from '@ringflow/flow-runtime';
import { type Scenario, ScenarioSchema } from '@ringflow/shared';
import { CliError } from './cli-error.js';
import { loadContext } from './context.js';
import { readJson } from './files.js';

export const SCENARIOS_USAGE =
  'ringflow scenarios <flow.json> [scenario files...] [--schedules <file>]';

/** Scenarios from a file holding one scenario, an array of them, or `{ "scenarios": [...] }`. */
export function readScenarios(path: string): Scenario[] {
  const json = readJson(path, 'scenario file');
  const list = Array.isArray(json)
    ? json
    : Array.isArray((json as { scenarios?: unknown } | null)?.scenarios)
      ? (json as { scenarios: unknown[] }).scenarios
      : [json];
  return list.map((item, i) => {
    const parsed = ScenarioSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const [field] = issueFields(parsed.error.issues, item);
    const which = list.length > 1 || Array.isArray(json) ? `scenario ${i + 1}, ` : '';
    throw new CliError(`${path}: ${which}${field?.path || 'value'}: ${field?.message}`);
  });
}

/**
 * The scenario file the designer exports next to a flow file:
 * `office.ringflow.json` → `office.scenarios.json`. Without scenario files
 * the command looks there, and says so when there is nothing.
 */
export function besideFlow(flowFile: string): string {
  const path = `${flowFile.replace(/(\.ringflow)?\.json$/i, '')}.scenarios.json`;
  if (!existsSync(path)) {
    throw new CliError(
      `No scenario files given and ${path} does not exist; export the flow's scenarios from the simulator or name the files: ${SCENARIOS_USAGE}`,
    );
  }
  return path;
}

/**
 * Runs saved scenarios against a flow file, headless, for a team's own CI.
 * Exit 0: every scenario passes; 1: one fails; 2: bad input.
 *
 * @example
 * npm run ringflow -- scenarios flow.json scenarios.json --schedules schedules.json
 */
export function scenariosCommand(args: string[], out: (line: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { schedules: { type: 'string' } },
  });
  const [file, ...given] = positionals;
  if (!file) throw new CliError(`Usage: ${SCENARIOS_USAGE}`);
  const scenarioFiles = given.length > 0 ? given : [besideFlow(file)];
  const { document } = validateFlow(readJson(file, 'flow file'));
  if (!document) throw new CliError(`${file} is not a flow document; run ringflow validate on it`);
  const scenarios = scenarioFiles.flatMap(readScenarios);
  const schedules = Object.fromEntries(loadContext(values).schedules.map((s) => [s.id, s]));
  let failed = 0;
  for (const scenario of scenarios) {
    const result = runScenario(document, scenario, schedules);
    if (result.passed) out(`PASS ${result.name}`);
    else {
      failed++;
      out(`FAIL ${result.name}: ${result.difference}`);
    }
  }
  out(`${scenarios.length - failed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
