import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Schedule } from '@ringflow/shared';

const here = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every JSON file in a fixture folder, by file name. */
export function fixtureFlows(kind: 'good' | 'bad'): { name: string; document: unknown }[] {
  const dir = here(`fixtures/flows/${kind}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, document: json(`${dir}/${name}`) }));
}

/** The product's demo flow is a good flow too. */
export function demoFlow(): { name: string; document: unknown } {
  return { name: 'server demo', document: json(here('../server/src/demo/flow.json')) };
}

export const fixtureSchedules = json(here('fixtures/schedules.json')) as Schedule[];
export const fixtureTeam = json(here('fixtures/team.json')) as {
  members: { id: string }[];
  greetings: { id: string }[];
};
