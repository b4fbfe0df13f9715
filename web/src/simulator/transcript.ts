import {
  compilerOf,
  describeEvent,
  describeInstruction,
  type Instruction,
  ringable,
  type SettledView,
} from '@ringflow/flow-runtime';
import type { FlowDocument, NameLookup } from '@ringflow/shared';
import { durationText } from '../greetings/format.js';
import type { Greeting } from '../greetings/types.js';
import type { SimSession } from './session.js';
import { localFields } from './zoned-time.js';

/** What the simulator knows of a greeting: its name, length and audio. */
export type SimGreeting = Pick<Greeting, 'id' | 'name' | 'durationSeconds' | 'audioUrl'>;

/** One line of the transcript: an event taken, a step entered, what is heard, or the end. */
export interface TranscriptLine {
  /** Unique within the transcript: the step and the line's place in it. */
  id: string;
  kind: 'event' | 'node' | 'says' | 'note' | 'end';
  text: string;
  /** Seconds since the call started, on the call's clock. */
  second: number;
  /** The greeting the caller hears on this line, which the transcript can play. */
  greeting?: SimGreeting;
}

/** The library greeting an instruction plays, if any (a play step, a menu's or voicemail's greeting). */
export function greetingIdOf(instruction: Instruction): string | null {
  switch (instruction.type) {
    case 'play':
      return instruction.greetingId;
    case 'gather':
      return instruction.prompt.type === 'audio' ? instruction.prompt.greetingId : null;
    case 'record':
      return instruction.greeting.type === 'audio' ? instruction.greeting.greetingId : null;
    default:
      return null;
  }
}

/**
 * What the caller hears, with the greeting's length after its name:
 * "Plays greeting "Welcome" (12 s)".
 */
function hears(instruction: Instruction, names: NameLookup, greeting?: SimGreeting): string {
  const text = describeInstruction(instruction, names);
  const length = durationText(greeting?.durationSeconds);
  if (!greeting || !length) return text;
  const named = `greeting "${greeting.name}"`;
  return text.replace(named, `${named} (${length})`);
}

/** What the transcript says beyond the steps: the flow's nodes, the zone for times, the ending. */
export interface TranscriptOptions {
  /** The flow, so steps that decide by the clock or the caller can say which way they went and why. */
  document?: FlowDocument;
  /** The zone a do-not-disturb's end is shown in. */
  timeZone?: string;
  /** The outcome line, which agrees with the auto-replies (see `describeResult`). */
  ending?: string;
}

/** Members a dial left out, in words: "Alice is on do not disturb until 14:30: not rung". */
function skippedLines(
  dials: SettledView['dials'],
  names: NameLookup,
  timeZone: string | undefined,
): string[] {
  return dials.flatMap((dial) => [
    ...dial.skipped.map((s) => {
      const who = names.member?.(s.memberId) ?? s.memberId;
      if (s.reason === 'do-not-disturb') {
        const until = s.until && timeZone ? localFields(Date.parse(s.until), timeZone) : null;
        return `${who} is on do not disturb${until ? ` until ${until.date} ${until.time}` : ''}: not rung`;
      }
      return s.reason === 'unknown'
        ? `${who} is not on the team: not rung`
        : `${who} has no number to ring: not rung`;
    }),
    ...(dial.nobody ? ['Nobody to ring: taken at once as no answer'] : []),
  ]);
}

/**
 * The call so far in words, step by step: each event taken, the steps it led
 * through (those that decide by the clock or the caller with the way they went
 * and why), members left
 * out of a dial, and what the caller hears or the provider does next. Each
 * line carries the seconds since the call started on the call's clock.
 *
 * @example
 * transcriptOf(session, names, (id) => id, greetings, { document }).map((l) => l.text);
 * // ['Incoming call', 'Office hours: open: Tuesday 10:00 in Weekdays 9-17', 'Alice and Bob', 'Ringing Alice and Bob for 25 s']
 */
export function transcriptOf(
  session: SimSession,
  names: NameLookup,
  title: (nodeId: string) => string,
  greetings: readonly SimGreeting[] = [],
  options: TranscriptOptions = {},
): TranscriptLine[] {
  const start = Date.parse(session.input.at);
  const byId = new Map(greetings.map((g) => [g.id, g]));
  const nodes = new Map(options.document?.nodes.map((n) => [n.id, n]));
  return session.steps.flatMap(({ event, afterSeconds, view, dials }, step) => {
    const now = view.snapshot.context.now;
    const second = Math.round((Date.parse(now) - start) / 1000);
    const lines: Omit<TranscriptLine, 'id'>[] = [];
    if (event) {
      const wait = afterSeconds ? ` (after ${afterSeconds} s)` : '';
      lines.push({ kind: 'event', text: `${describeEvent(event)}${wait}`, second });
    }
    for (const id of view.entered) {
      const node = nodes.get(id);
      const why = node && compilerOf(node.type).explain?.(node as never, view.snapshot.context);
      const reason = why ? `: ${why}` : '';
      lines.push({ kind: 'node', text: `${title(id)}${reason}`, second });
    }
    for (const text of skippedLines(dials, names, options.timeZone))
      lines.push({ kind: 'note', text, second });
    if (view.done && view.result) {
      lines.push({
        kind: 'end',
        text: `Call over: ${options.ending ?? view.result.outcome}`,
        second,
      });
    } else {
      const id = greetingIdOf(view.instruction);
      const greeting = id ? byId.get(id) : undefined;
      lines.push({
        kind: 'says',
        text: hears(ringing(view.instruction, session, now), names, greeting),
        second,
        ...(greeting ? { greeting } : {}),
      });
    }
    return lines.map((line, i) => ({ id: `${step}.${i}`, ...line }));
  });
}

/** A dial as it really rings: without the members left out. */
function ringing(instruction: Instruction, session: SimSession, now: string): Instruction {
  if (instruction.type !== 'dial') return instruction;
  const { targets } = ringable(instruction, session.line.members, new Date(now));
  return { ...instruction, targets };
}
