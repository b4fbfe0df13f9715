import { parseArgs } from 'node:util';
import {
  compileFlow,
  describeEvent,
  describeInstruction,
  describeResult,
  possibleEvents,
  previewAutoReplies,
  startCall,
  stepCall,
  validateFlow,
} from '@ringflow/flow-runtime';
import { definitionOf, type FlowDocument } from '@ringflow/shared';
import { CliError } from './cli-error.js';
import { loadContext, nameLookup } from './context.js';
import { parseEvents } from './events.js';
import { readJson } from './files.js';

export const SIMULATE_USAGE =
  'ringflow simulate <flow.json> --at <ISO date-time> --from <number> [--to <number>] [--schedules <file>] [--team <file>] --events <list>';

/**
 * Plays a call through a flow without a phone: prints each node, what the
 * caller hears, the event taken, then the outcome and the texts it sends.
 * Exit 0 when the call ran (to its end or until the events ran out), 1 when
 * an event does not apply where the call is, 2 for bad input.
 */
export function simulateCommand(args: string[], out: (line: string) => void): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      at: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string', default: '+15550100000' },
      schedules: { type: 'string' },
      team: { type: 'string' },
      events: { type: 'string', default: '' },
      business: { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new CliError(`Usage: ${SIMULATE_USAGE}`);
  if (!values.from)
    throw new CliError(`--from is required (the caller's number).\nUsage: ${SIMULATE_USAGE}`);
  const start = values.at ? new Date(values.at) : new Date();
  if (Number.isNaN(start.getTime()))
    throw new CliError(
      `--at "${values.at}" is not a date-time; use ISO 8601, e.g. 2026-11-23T10:00:00-05:00`,
    );
  const events = parseEvents(values.events);
  const context = loadContext(values);
  const names = nameLookup(context);

  const { document, findings } = validateFlow(readJson(file, 'flow file'));
  if (!document) {
    throw new CliError(
      `${file} is not a valid flow: ${findings[0]?.message ?? 'unknown problem'}\nRun "ringflow validate ${file}" for every finding.`,
    );
  }
  const flow: FlowDocument = document;
  const machine = compileFlow(flow);
  const schedules = Object.fromEntries(context.schedules.map((s) => [s.id, s]));
  let now = start.getTime();

  out(
    `Simulating "${flow.name}" for a call from ${values.from} to ${values.to} at ${start.toISOString()}`,
  );
  let view = startCall(machine, {
    call: { from: values.from, to: values.to },
    at: start.toISOString(),
    schedules,
  });
  let step = 0;
  const show = (entered: string[]) => {
    for (const [i, id] of entered.entries()) {
      const node = flow.nodes.find((n) => n.id === id);
      if (!node) continue;
      step += 1;
      const kind = definitionOf(node.type).label;
      const waiting = id === view.nodeId;
      const line = waiting
        ? describeInstruction(view.instruction, names)
        : definitionOf(node.type).summary(node.data, names);
      const taken = waiting ? undefined : outcomeTaken(flow, id, entered[i + 1]);
      out(
        `${String(step).padStart(3)}. ${kind} "${node.data.label ?? id}": ${line}${taken ? ` → ${taken}` : ''}`,
      );
    }
  };
  show(view.entered);
  for (const { event, advanceMs, token } of events) {
    if (view.done) throw new CliError(`The call already ended before event "${token}"`, 1);
    now += advanceMs;
    const next = stepCall(machine, view.snapshot, { ...event, at: new Date(now).toISOString() });
    if (!next.accepted) {
      const options = possibleEvents(machine, view.snapshot).map(describeEvent).join(', ');
      throw new CliError(
        `Event "${token}" does not apply at node ${view.nodeId}; possible now: ${options}.`,
        1,
      );
    }
    out(`       ← ${describeEvent(event)}`);
    if (next.nodeId === view.nodeId && !next.done && next.entered.length === 0) {
      out(`       ${describeInstruction(next.instruction, names)}`);
    }
    view = next;
    show(view.entered);
  }
  if (!view.done || !view.result) {
    const options = possibleEvents(machine, view.snapshot).map(describeEvent).join(', ');
    out(`The call is still at node ${view.nodeId}; possible next: ${options}.`);
    return 0;
  }
  out(`Outcome: ${describeResult(view.result)}`);
  const previews = previewAutoReplies(flow, view.result.autoReplies, {
    at: new Date(now),
    schedules,
    contact: { number: values.from },
    business: { number: values.to, name: values.business ?? flow.name },
  });
  for (const p of previews) {
    out(
      `Text from auto-reply ${p.nodeId} (${p.variant}; ${p.reason}; ${p.length.segments} segment${p.length.segments === 1 ? '' : 's'}, ${p.length.encoding}):`,
    );
    out(`  ${p.text}`);
  }
  return 0;
}

/** The label of the outcome that led from one node to the next, for nodes that decide instantly. */
function outcomeTaken(
  flow: FlowDocument,
  from: string,
  to: string | undefined,
): string | undefined {
  const node = flow.nodes.find((n) => n.id === from);
  const edge = to ? flow.edges.find((e) => e.source === from && e.target === to) : undefined;
  if (!node || !edge) return undefined;
  return definitionOf(node.type)
    .outcomes(node.data)
    .find((o) => o.id === edge.sourceHandle)?.label;
}
