import { parseArgs } from 'node:util';
import {
  type CallView,
  compileFlow,
  compilerOf,
  describeEvent,
  describeInstruction,
  elapsedText,
  possibleEvents,
  ringable,
  type SimMember,
  settleDials,
  startCall,
  stepCall,
  stepSeconds,
  type TakenOutcome,
  validateFlow,
} from '@ringflow/flow-runtime';
import { definitionOf, type FlowDocument } from '@ringflow/shared';
import { CliError } from './cli-error.js';
import { loadContext, nameLookup } from './context.js';
import { parseEvents } from './events.js';
import { readJson } from './files.js';
import { endingLines, readNumberRules } from './simulate-ending.js';

export const SIMULATE_USAGE =
  'ringflow simulate <flow.json> --at <ISO date-time> --from <number> [--to <number>] [--schedules <file>] [--team <file>] [--auto-replies <file>] --events <list>';

/**
 * Plays a call through a flow without a phone: prints each node with the
 * time since the call started (each step moves the clock by what it takes,
 * or by an event's `@+30s`), steps that decide by the clock or the caller
 * with the way they went and why, the outcome each instant step left by, what
 * the caller hears, members left out for do-not-disturb, the event taken,
 * then the outcome and the texts it sends.
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
      'auto-replies': { type: 'string' },
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
  const rules = readNumberRules(values['auto-replies']);
  // Without a team file nothing is known of do-not-disturb: every target rings.
  const members: ReadonlyMap<string, SimMember> | null = context.team
    ? new Map(context.team.members.map((m) => [m.id, { ...m, dndUntil: m.dndUntil ?? null }]))
    : null;
  const greetingSeconds = (id: string) =>
    context.team?.greetings.find((g) => g.id === id)?.durationSeconds;

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
  const settle = (next: CallView) => {
    const settled = settleDials(machine, next, members);
    return { ...settled, view: { ...settled.view, entered: settled.entered } };
  };
  let { view, dials } = settle(
    startCall(machine, {
      call: { from: values.from, to: values.to },
      at: start.toISOString(),
      schedules,
    }),
  );
  let step = 0;
  // The outcomes the machine recorded before the current step, so each step shows only its own.
  let takenBefore = 0;
  const elapsed = () => `+${elapsedText(Math.round((now - start.getTime()) / 1000))}`;
  const show = (entered: string[]) => {
    const context = view.snapshot.context;
    const stepTaken = (context.taken ?? []).slice(takenBefore);
    takenBefore += stepTaken.length;
    for (const id of entered) {
      const node = flow.nodes.find((n) => n.id === id);
      if (!node) continue;
      step += 1;
      const definition = definitionOf(node.type);
      const kind = definition.label;
      const waiting = id === view.nodeId;
      const line = waiting
        ? describeInstruction(ringing(view, members), names)
        : (compilerOf(node.type).explain?.(node as never, context) ??
          definition.summary(node.data, names));
      const taken = waiting ? undefined : outcomeLabel(flow, id, stepTaken);
      out(
        `${String(step).padStart(3)}. [${elapsed()}] ${kind} "${node.data.label ?? id}": ${line}${taken ? ` → ${taken}` : ''}`,
      );
    }
    for (const dial of dials) {
      for (const s of dial.skipped) {
        const who = names.member?.(s.memberId) ?? s.memberId;
        const until = s.until ? ` until ${s.until}` : '';
        out(`       ${who} not rung: ${s.reason}${until}`);
      }
      if (dial.nobody) out('       Nobody to ring: taken at once as no answer');
    }
  };
  show(view.entered);
  for (const { event, advanceMs, timed, token } of events) {
    if (view.done) throw new CliError(`The call already ended before event "${token}"`, 1);
    now += timed ? advanceMs : stepSeconds(view.instruction, event, greetingSeconds) * 1000;
    const next = stepCall(machine, view.snapshot, { ...event, at: new Date(now).toISOString() });
    if (!next.accepted) {
      const options = possibleEvents(machine, view.snapshot).map(describeEvent).join(', ');
      throw new CliError(
        `Event "${token}" does not apply at node ${view.nodeId}; possible now: ${options}.`,
        1,
      );
    }
    out(`       ← [${elapsed()}] ${describeEvent(event)}`);
    ({ view, dials } = settle(next));
    if (view.nodeId === next.nodeId && !view.done && view.entered.length === 0) {
      out(`       ${describeInstruction(ringing(view, members), names)}`);
    }
    show(view.entered);
  }
  if (!view.done || !view.result) {
    const options = possibleEvents(machine, view.snapshot).map(describeEvent).join(', ');
    out(`The call is still at node ${view.nodeId}; possible next: ${options}.`);
    return 0;
  }
  const lines = endingLines(flow, view.result, {
    end: new Date(now),
    from: values.from,
    business: { number: values.to, name: values.business ?? flow.name },
    schedules,
    rules,
  });
  for (const line of lines) out(line);
  return 0;
}

/** A dial as it really rings: without members in do-not-disturb. */
function ringing(view: CallView, members: ReadonlyMap<string, SimMember> | null) {
  const instruction = view.instruction;
  if (instruction.type !== 'dial') return instruction;
  const at = new Date(view.snapshot.context.now);
  return { ...instruction, targets: ringable(instruction, members, at).targets };
}

/**
 * The label of the outcome a node that decides instantly left by, as the
 * machine recorded it; the record is used up so a node entered twice in one
 * step shows each of its outcomes.
 */
function outcomeLabel(
  flow: FlowDocument,
  nodeId: string,
  stepTaken: TakenOutcome[],
): string | undefined {
  const node = flow.nodes.find((n) => n.id === nodeId);
  const index = stepTaken.findIndex((t) => t.nodeId === nodeId);
  const taken = stepTaken[index];
  if (!node || !taken) return undefined;
  stepTaken.splice(0, index + 1);
  return definitionOf(node.type)
    .outcomes(node.data)
    .find((o) => o.id === taken.outcomeId)?.label;
}
