import type { CallEvent, Instruction } from '@ringflow/flow-runtime';

/** A button offered while stepping: what it says and the event it takes. */
export interface EventButton {
  label: string;
  event: CallEvent;
  /** Digits go on the key pad; the rest are plain buttons. */
  group: 'keypad' | 'action';
}

/** How long the offered voicemail lasts, within the node's maximum. */
export const VOICEMAIL_SECONDS = 20;

/**
 * The buttons for the events possible now (flow-runtime's `possibleEvents`),
 * in words a tester reads: "Answered", the menu's keys and "Wrong key",
 * "Silence", "Leave a 20 s voicemail", "Hang up".
 *
 * @example
 * eventButtons(possibleEvents(machine, view.snapshot), view.instruction).map((b) => b.label);
 * // ['1', '2', 'Wrong key', 'Silence', 'Hang up']
 */
export function eventButtons(
  events: readonly CallEvent[],
  instruction: Instruction,
): EventButton[] {
  return events.map((event) => button(event, instruction));
}

function button(event: CallEvent, instruction: Instruction): EventButton {
  switch (event.type) {
    case 'DIAL_RESULT': {
      const label = {
        answered: 'Answered',
        'no-answer': 'No answer',
        busy: 'Busy',
        failed: 'Call failed',
      };
      return { label: label[event.status], event, group: 'action' };
    }
    case 'DIGITS': {
      // A menu's keys, or the keys a voicemail takes during its greeting.
      const keys =
        instruction.type === 'gather'
          ? instruction.keys
          : instruction.type === 'record'
            ? (instruction.keys ?? [])
            : [];
      const known = keys.includes(event.digits);
      return { label: known ? event.digits : 'Wrong key', event, group: 'keypad' };
    }
    case 'NO_INPUT':
      return { label: 'Silence', event, group: 'action' };
    case 'RECORDING_DONE': {
      if (event.durationSeconds < 1) return { label: 'No message', event, group: 'action' };
      const max = instruction.type === 'record' ? instruction.maxLengthSeconds : VOICEMAIL_SECONDS;
      const seconds = Math.min(VOICEMAIL_SECONDS, max);
      return {
        label: `Leave a ${seconds} s voicemail`,
        event: { ...event, durationSeconds: seconds },
        group: 'action',
      };
    }
    case 'PLAYBACK_DONE':
      return { label: 'Message played', event, group: 'action' };
    case 'CALLER_HUNG_UP':
      return { label: 'Hang up', event, group: 'action' };
  }
}
