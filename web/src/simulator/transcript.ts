import { describeEvent, describeInstruction, describeResult } from '@ringflow/flow-runtime';
import type { NameLookup } from '@ringflow/shared';
import type { SimSession } from './session.js';

/** One line of the transcript: an event taken, a step entered, what is heard, or the end. */
export interface TranscriptLine {
  /** Unique within the transcript: the step and the line's place in it. */
  id: string;
  kind: 'event' | 'node' | 'says' | 'end';
  text: string;
  /** Seconds since the call started, on the call's clock. */
  second: number;
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
): TranscriptLine[] {
  const start = Date.parse(session.input.at);
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
      lines.push({ kind: 'says', text: describeInstruction(view.instruction, names), second });
    }
    return lines.map((line, i) => ({ id: `${step}.${i}`, ...line }));
  });
}
