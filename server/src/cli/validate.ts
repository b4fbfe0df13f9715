import { parseArgs } from 'node:util';
import { type Finding, validateFlow } from '@ringflow/flow-runtime';
import { CliError } from './cli-error.js';
import { loadContext } from './context.js';
import { readJson } from './files.js';

export const VALIDATE_USAGE = 'ringflow validate <flow.json> [--schedules <file>] [--team <file>]';

/** True when the input is not even shaped like a flow document, as opposed to a flow with mistakes. */
function notAFlow(input: unknown, findings: Finding[]): boolean {
  const object = typeof input === 'object' && input !== null && !Array.isArray(input);
  return (
    !object ||
    !Array.isArray((input as { nodes?: unknown }).nodes) ||
    findings.some((f) => f.path?.[0] === 'schemaVersion')
  );
}

/**
 * Prints a flow's findings. Exit 0: no error; 1: errors; 2: not a flow at all.
 * Schedule and team files, when given, let it check references by id.
 */
export function validateCommand(args: string[], out: (line: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { schedules: { type: 'string' }, team: { type: 'string' } },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new CliError(`Usage: ${VALIDATE_USAGE}`);
  const input = readJson(file, 'flow file');
  const context = loadContext(values);
  const result = validateFlow(input, {
    ...(values.schedules ? { scheduleIds: context.schedules.map((s) => s.id) } : {}),
    ...(context.team
      ? {
          memberIds: context.team.members.map((m) => m.id),
          greetingIds: context.team.greetings.map((g) => g.id),
        }
      : {}),
  });
  for (const f of result.findings) {
    const where = f.nodeId ? ` [${f.nodeId}${f.path?.length ? ` ${f.path.join('.')}` : ''}]` : '';
    out(`${f.severity === 'error' ? 'error  ' : 'warning'} ${f.code}${where}: ${f.message}`);
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  if (!result.document && notAFlow(input, result.findings)) {
    out(`${file} is not a flow document.`);
    return 2;
  }
  out(
    `${file}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  return errors > 0 ? 1 : 0;
}
