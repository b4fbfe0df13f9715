import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSchedules } from '../src/cli/files.js';
import { readNumberRules } from '../src/cli/simulate-ending.js';

const dir = mkdtempSync(join(tmpdir(), 'ringflow-cli-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, json: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('files the CLI reads, refused with the field and what is wrong', () => {
  it('names the schedule and its field, in the same words as the API', () => {
    const path = file('schedules.json', [
      { id: 'office', name: 'Office', timeZone: 'Europe/Paris', weekly: {} },
      { id: 'late', name: '', timeZone: 'Europe/Paris', weekly: {} },
    ]);
    expect(() => readSchedules(path)).toThrow(`${path}: schedule 2, name: Give a name`);
    const missing = file('missing.json', [{ id: 'office', name: 'Office', weekly: {} }]);
    expect(() => readSchedules(missing)).toThrow(`${missing}: schedule 1, timeZone: Required`);
  });

  it("prefixes the number's settings with `settings` when the file wraps them", () => {
    const path = file('rules.json', { settings: { guards: { cooldownMinutes: 'three' } } });
    expect(() => readNumberRules(path)).toThrow(
      `${path}: settings.guards.cooldownMinutes: Must be a number, not "three"`,
    );
    const bare = file('bare.json', { guards: { cooldownHours: 3 } });
    expect(() => readNumberRules(bare)).toThrow(
      `${bare}: guards.cooldownHours: Unknown field; check its spelling`,
    );
  });
});
