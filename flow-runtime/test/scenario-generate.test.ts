import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type FlowDocument, ScenarioSchema, ScheduleSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { coverage, generateScenarios, runScenario, validateFlow } from '../src/index.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const goodDir = root('test/fixtures/flows/good');
const flows = [
  ...readdirSync(goodDir)
    .filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, document: readJson(`${goodDir}/${name}`) })),
  { name: 'server demo', document: readJson(root('server/src/demo/flow.json')) },
];
const schedules = Object.fromEntries(
  (readJson(root('test/fixtures/schedules.json')) as unknown[]).map((s) => {
    const schedule = ScheduleSchema.parse(s);
    return [schedule.id, schedule];
  }),
);
/** Instants that open and close the fixture schedules (see test/flows/paths.test.ts). */
const instants = [
  '2026-11-23T15:00:00Z',
  '2026-11-29T03:00:00Z',
  '2026-12-25T15:00:00Z',
  '2026-11-23T12:30:00Z',
];
const call = { from: '+14155550123', to: '+14155550100' };

describe.each(flows)('generateScenarios for $name', ({ document }) => {
  const flow = validateFlow(document).document as FlowDocument;
  const scenarios = generateScenarios(flow, { ...call, instants }, schedules);

  it('generates valid scenarios that all pass, with distinct readable names', () => {
    expect(scenarios.length).toBeGreaterThan(0);
    for (const scenario of scenarios) {
      const again = ScenarioSchema.parse(JSON.parse(JSON.stringify(scenario)));
      const result = runScenario(flow, again, schedules);
      expect(result.difference, scenario.name).toBeNull();
    }
    const names = scenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name.length).toBeGreaterThan(0);
  });

  it('covers every node', () => {
    expect(coverage(flow, scenarios, schedules).nodes.missing).toEqual([]);
  });

  it('reports what a smaller set of scenarios misses', () => {
    const one = coverage(flow, scenarios.slice(0, 1), schedules);
    expect(one.nodes.covered.length).toBeGreaterThan(0);
    expect(one.outcomes.covered.length).toBeGreaterThan(0);
    expect(one.outcomes.covered.length + one.outcomes.missing.length).toBe(
      coverage(flow, [], schedules).outcomes.missing.length,
    );
  });
});
