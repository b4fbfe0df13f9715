import { describePrompt, describeTarget, type NameLookup } from '@ringflow/shared';
import type { CallEvent, Instruction } from './compile/types.js';

function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'nobody';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What the caller hears or the provider does, in words, for transcripts.
 *
 * @example
 * describeInstruction({ type: 'dial', targets: [...], ringSeconds: 30, ... }, names)
 * // "Ringing Alice and Bob for 30 s"
 */
export function describeInstruction(instruction: Instruction, names?: NameLookup): string {
  switch (instruction.type) {
    case 'dial': {
      const who = list(instruction.targets.map((t) => describeTarget(t, names)));
      const verb = instruction.callerId ? 'Forwarding to' : 'Ringing';
      return `${verb} ${who} for ${instruction.ringSeconds} s`;
    }
    case 'say':
      return `Says ${describePrompt({ type: 'say', text: instruction.text, language: instruction.language }, names, 120)}`;
    case 'play':
      return describePrompt({ type: 'audio', greetingId: instruction.greetingId }, names);
    case 'gather': {
      const retry = instruction.retryText ? `"${instruction.retryText}" then ` : '';
      const keys = instruction.keys.join(', ') || 'none';
      return `${retry}asks: ${describePrompt(instruction.prompt, names, 120)} (keys ${keys}; waits ${instruction.timeoutSeconds} s; attempt ${instruction.attempt} of ${instruction.attempts})`;
    }
    case 'record': {
      const keys = instruction.keys?.length
        ? ` (keys ${instruction.keys.join(', ')} during the greeting)`
        : '';
      // An audio prompt already reads "Plays greeting …".
      const greeting = describePrompt(instruction.greeting, names, 60);
      const plays = instruction.greeting.type === 'audio' ? greeting : `Plays ${greeting}`;
      return `${plays}${keys}${instruction.playBeep ? ', beeps' : ''} and records up to ${instruction.maxLengthSeconds} s into the voicemail inbox`;
    }
    case 'hangup':
      return 'Hangs up';
  }
}

/** A call event in words, e.g. "Pressed 2" or "Left a 12 s message". */
export function describeEvent(event: CallEvent): string {
  switch (event.type) {
    case 'DIAL_RESULT':
      return {
        answered: 'Answered',
        busy: 'Busy',
        'no-answer': 'No answer',
        failed: 'Call failed',
      }[event.status];
    case 'DIGITS':
      return `Pressed ${event.digits}`;
    case 'NO_INPUT':
      return 'Silence';
    case 'RECORDING_DONE':
      return event.durationSeconds >= 1
        ? `Left a ${event.durationSeconds} s message`
        : 'Left no message';
    case 'PLAYBACK_DONE':
      return 'Message played';
    case 'CALLER_HUNG_UP':
      return 'Caller hung up';
  }
}
