import {
  describeEvent,
  describeInstruction,
  describeResult,
  type Instruction,
} from '@ringflow/flow-runtime';
import type { NameLookup } from '@ringflow/shared';
import { durationText } from '../greetings/format.js';
import type { Greeting } from '../greetings/types.js';
import type { SimSession } from './session.js';

/** What the simulator knows of a greeting: its name, length and audio. */
export type SimGreeting = Pick<Greeting, 'id' | 'name' | 'durationSeconds' | 'audioUrl'>;

/** One line of the transcript: an event taken, a step entered, what is heard, or the end. */
export interface TranscriptLine {
  /** Unique within the transcript: the step and the line's place in it. */
  id: string;
  kind: 'event' | 'node' | 'says' | 'end';
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

/**
 * The call so far in words, step by step: each event taken, the steps it led
 * through, and what the caller hears or the provider does next.
 *
 * @example
 * transcriptOf(session, names, (id) => id).map((l) => l.text);
 * // ['Incoming call', 'Office hours', 'Alice and Bob', 'Ringing Alice and Bob for 25 s']
 */
export function transcriptOf(
  session: SimSession,
  names: NameLookup,
  title: (nodeId: string) => string,
  greetings: readonly SimGreeting[] = [],
): TranscriptLine[] {
  const start = Date.parse(session.input.at);
  const byId = new Map(greetings.map((g) => [g.id, g]));
  return session.steps.flatMap(({ event, afterSeconds, view }, step) => {
    const second = Math.round((Date.parse(view.snapshot.context.now) - start) / 1000);
    const lines: Omit<TranscriptLine, 'id'>[] = [];
    if (event) {
      const wait = afterSeconds ? ` (after ${afterSeconds} s)` : '';
      lines.push({ kind: 'event', text: `${describeEvent(event)}${wait}`, second });
    }
    for (const id of view.entered) lines.push({ kind: 'node', text: title(id), second });
    if (view.done && view.result) {
      lines.push({ kind: 'end', text: `Call over: ${describeResult(view.result)}`, second });
    } else {
      const id = greetingIdOf(view.instruction);
      const greeting = id ? byId.get(id) : undefined;
      lines.push({
        kind: 'says',
        text: hears(view.instruction, names, greeting),
        second,
        ...(greeting ? { greeting } : {}),
      });
    }
    return lines.map((line, i) => ({ id: `${step}.${i}`, ...line }));
  });
}
