import { readFileSync } from 'node:fs';
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
    const issue = parsed.error.issues[0];
    throw new CliError(
      `${path}: schedule ${i + 1}, ${issue?.path.join('.') || 'value'}: ${issue?.message}`,
    );
  });
}

export interface Team {
  members: { id: string; name: string }[];
  greetings: { id: string; name: string }[];
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
  return {
    members: named(json?.members, 'members'),
    greetings: named(json?.greetings, 'greetings'),
  };
}
