import { readFileSync } from 'node:fs';
import { issueFields } from '@ringflow/flow-runtime';
import { type Schedule, ScheduleSchema } from '@ringflow/shared';
import { CliError } from './cli-error.js';

/** Reads and parses a JSON file, or explains in one line why it could not. */
export function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new CliError(`Cannot read ${what} ${path}: ${reason}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Schedules from a file holding an array of schedules or `{ "schedules": [...] }`. */
export function readSchedules(path: string): Schedule[] {
  const json = readJson(path, 'schedules file');
  const list = Array.isArray(json) ? json : (json as { schedules?: unknown })?.schedules;
  if (!Array.isArray(list)) throw new CliError(`${path}: expected an array of schedules`);
  return list.map((item, i) => {
    const parsed = ScheduleSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const [field] = issueFields(parsed.error.issues, item);
    throw new CliError(`${path}: schedule ${i + 1}, ${field?.path || 'value'}: ${field?.message}`);
  });
}

export interface Team {
  /** `dndUntil` (an instant) and `addresses` as `GET /api/members` gives them, when known. */
  members: { id: string; name: string; dndUntil?: string | null; addresses?: string[] }[];
  /** `durationSeconds` as the greetings library gives it, when known. */
  greetings: { id: string; name: string; durationSeconds?: number | null }[];
}

/** Team members and greetings by id, so output can use their names. */
export function readTeam(path: string): Team {
  const json = readJson(path, 'team file') as Partial<Team> | null;
  const named = (list: unknown, field: string) => {
    if (list === undefined) return [];
    if (
      !Array.isArray(list) ||
      !list.every((x) => typeof x?.id === 'string' && typeof x?.name === 'string')
    ) {
      throw new CliError(`${path}: "${field}" must be a list of { "id", "name" }`);
    }
    return list as { id: string; name: string }[];
  };
  const members = named(json?.members, 'members') as Team['members'];
  members.forEach((m, i) => {
    if (m.dndUntil != null && Number.isNaN(Date.parse(m.dndUntil)))
      throw new CliError(
        `${path}: members.${i}.dndUntil must be a date-time, e.g. 2026-11-23T16:00:00Z`,
      );
    if (m.addresses !== undefined && !Array.isArray(m.addresses))
      throw new CliError(`${path}: members.${i}.addresses must be a list of numbers`);
  });
  return { members, greetings: named(json?.greetings, 'greetings') as Team['greetings'] };
}
