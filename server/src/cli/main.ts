#!/usr/bin/env node
/**
 * @module
 * `ringflow`: check and play call flows from the command line.
 *
 * @example
 * npm run ringflow -- validate flow.json
 * npm run ringflow -- simulate flow.json --at 2026-11-23T10:00:00-05:00 --from +14155550100 --events no-answer,record:30
 * npm run ringflow -- scenarios flow.json scenarios.json --schedules schedules.json
 * npm run ringflow -- call --to +14155550100 --events no-answer,record:30
 * npm run ringflow -- export --out backup.zip
 * npm run ringflow -- migrate-to-postgres --from .data/ringflow.db --to postgres://localhost/ringflow
 */
import { CALL_USAGE, callCommand } from './call.js';
import { CliError } from './cli-error.js';
import { demoCommand } from './demo.js';
import { EVENT_HELP } from './events.js';
import { EXPORT_USAGE, exportCommand } from './export.js';
import { MIGRATE_TO_POSTGRES_USAGE, migrateToPostgresCommand } from './migrate-to-postgres.js';
import { SCENARIOS_USAGE, scenariosCommand } from './scenarios.js';
import { SIMULATE_USAGE, simulateCommand } from './simulate.js';
import { VALIDATE_USAGE, validateCommand } from './validate.js';

const USAGE = `Usage:
  ${VALIDATE_USAGE}
  ${SIMULATE_USAGE}
  ${SCENARIOS_USAGE}
  ${CALL_USAGE}
  ${EXPORT_USAGE}
  ${MIGRATE_TO_POSTGRES_USAGE}
  ringflow demo

${EVENT_HELP}`;

type Command = (args: string[], out: (line: string) => void) => number | Promise<number>;

/** Each command's own usage, for `ringflow <command> --help`; the commands that take events list them. */
const COMMAND_USAGE: Record<string, string> = {
  validate: `Usage:\n  ${VALIDATE_USAGE}`,
  simulate: `Usage:\n  ${SIMULATE_USAGE}\n\n${EVENT_HELP}`,
  scenarios: `Usage:\n  ${SCENARIOS_USAGE}`,
  call: `Usage:\n  ${CALL_USAGE}\n\n${EVENT_HELP}`,
  export: `Usage:\n  ${EXPORT_USAGE}`,
  'migrate-to-postgres': `Usage:\n  ${MIGRATE_TO_POSTGRES_USAGE}`,
  demo: 'Usage:\n  ringflow demo',
};

const commands: Record<string, Command> = {
  validate: validateCommand,
  simulate: simulateCommand,
  scenarios: scenariosCommand,
  demo: demoCommand,
  call: callCommand,
  export: exportCommand,
  'migrate-to-postgres': migrateToPostgresCommand,
};

/**
 * Runs one command line and returns the exit code (a promise of it for
 * commands that talk to a server); never throws for bad input.
 */
export function run(
  argv: string[],
  out = (line: string) => console.log(line),
  err = (line: string) => console.error(line),
): number | Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    out(USAGE);
    return name ? 0 : 2;
  }
  // Own keys only: `ringflow constructor` must be an unknown command, not Object.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    err(`Unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    out(COMMAND_USAGE[name] ?? USAGE);
    return 0;
  }
  try {
    const code = command(args, out);
    return typeof code === 'number' ? code : code.catch((error) => failure(error, err));
  } catch (error) {
    return failure(error, err);
  }
}

/** The exit code of an expected failure, reported in one line; anything else is a bug and rethrown. */
function failure(error: unknown, err: (line: string) => void): number {
  if (error instanceof CliError) {
    err(error.message);
    return error.exitCode;
  }
  // parseArgs reports unknown or malformed options with this code.
  if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  throw error;
}
