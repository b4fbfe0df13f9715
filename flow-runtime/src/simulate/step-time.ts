/**
 * @module
 * How long each step of a simulated call takes on the call's clock: the
 * provider's timers (ring time, a menu's timeout) and the length of what the
 * caller hears, so a simulated call reaches business hours and auto-replies
 * at the time a real one would.
 */
import type { Prompt } from '@ringflow/shared';
import type { CallEvent, Instruction } from '../compile/types.js';

/** Text-to-speech voices read about 150 words a minute. */
const WORDS_PER_SECOND = 2.5;
/** The tone before a voicemail recording. */
const BEEP_SECONDS = 1;

/** The length of a greeting in the library, in seconds; null when unknown. */
export type GreetingSeconds = (greetingId: string) => number | null | undefined;

/**
 * An estimate of how long a text-to-speech voice takes to say `text`, in
 * whole seconds (at least one for any words).
 *
 * @example
 * speechSeconds('Please leave a message after the tone and we will call you back.'); // 6
 */
export function speechSeconds(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\w/.test(w)).length;
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_SECOND));
}

/** How long a prompt plays: the estimate for spoken text, the greeting's known length, or 0. */
export function promptSeconds(prompt: Prompt, greetingSeconds?: GreetingSeconds): number {
  if (prompt.type === 'say') return speechSeconds(prompt.text);
  return Math.max(0, Math.round(greetingSeconds?.(prompt.greetingId) ?? 0));
}

/**
 * Seconds that pass on the line between `instruction` starting and `event`
 * arriving: the ring time when nobody answers, the prompt's length before a
 * key or the end of a message, the prompt plus the timeout before silence
 * counts, the greeting, beep and message before a recording ends. Answering,
 * a busy line and a hang-up are taken as instant (a tester sets a time for
 * those).
 *
 * @example
 * stepSeconds({ type: 'dial', ringSeconds: 25, ... }, { type: 'DIAL_RESULT', status: 'no-answer' }); // 25
 * stepSeconds({ type: 'gather', timeoutSeconds: 5, prompt: say('Press 1'), ... }, { type: 'NO_INPUT' }); // 1 + 5
 */
export function stepSeconds(
  instruction: Instruction,
  event: CallEvent,
  greetingSeconds?: GreetingSeconds,
): number {
  if (event.type === 'CALLER_HUNG_UP') return 0;
  switch (instruction.type) {
    case 'dial':
      return event.type === 'DIAL_RESULT' && event.status === 'no-answer'
        ? instruction.ringSeconds
        : 0;
    case 'say':
      return speechSeconds(instruction.text);
    case 'play':
      return promptSeconds({ type: 'audio', greetingId: instruction.greetingId }, greetingSeconds);
    case 'gather': {
      const retry = instruction.retryText ? speechSeconds(instruction.retryText) : 0;
      const prompt = retry + promptSeconds(instruction.prompt, greetingSeconds);
      return event.type === 'NO_INPUT' ? prompt + instruction.timeoutSeconds : prompt;
    }
    case 'record': {
      const greeting = promptSeconds(instruction.greeting, greetingSeconds);
      if (event.type !== 'RECORDING_DONE') return greeting;
      const beep = instruction.playBeep ? BEEP_SECONDS : 0;
      return greeting + beep + Math.max(0, Math.round(event.durationSeconds));
    }
    case 'hangup':
      return 0;
  }
}

/**
 * Time since the call started, as transcripts show it.
 *
 * @example
 * elapsedText(25); // '25 s'
 * elapsedText(95); // '1 min 35 s'
 * elapsedText(3720); // '1 h 2 min'
 */
export function elapsedText(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
