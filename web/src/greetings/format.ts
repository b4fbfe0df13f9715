/**
 * @module
 * How a greeting is described in the library, the prompt picker and the
 * simulator: where it came from, how long it is, and what its synthesis says.
 */
import type { Greeting, GreetingSource } from './types.js';

/** A voicemail greeting longer than this gets a hint: callers hang up during long greetings. */
export const LONG_GREETING_SECONDS = 30;

const SOURCES: Record<GreetingSource, string> = {
  upload: 'Uploaded',
  recording: 'Recorded',
  tts: 'Text to speech',
};

/** "Uploaded", "Recorded" or "Text to speech". */
export function sourceLabel(source: GreetingSource): string {
  return SOURCES[source] ?? source;
}

/**
 * A length in words: "12 s", "1 min 5 s"; null when not known.
 *
 * @example
 * durationText(65.4) // "1 min 5 s"
 */
export function durationText(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return null;
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const rest = whole % 60;
  return `${Math.floor(whole / 60)} min${rest ? ` ${rest} s` : ''}`;
}

/**
 * A greeting's name with its length, as pickers and the simulator show it: "Welcome (12 s)".
 *
 * @example
 * nameWithDuration({ name: 'Welcome', durationSeconds: 12.2 }) // "Welcome (12 s)"
 */
export function nameWithDuration(g: Pick<Greeting, 'name' | 'durationSeconds'>): string {
  const length = durationText(g.durationSeconds);
  return length ? `${g.name} (${length})` : g.name;
}

/**
 * What the synthesis of a text-to-speech greeting says, or null when there is nothing to say
 * (not text to speech, or its audio is made).
 *
 * @example
 * synthesisLine({ status: 'failed', error: 'voice not found' }) // { tone: 'bad', text: 'Synthesis failed: voice not found' }
 */
export function synthesisLine(
  synthesis: Greeting['synthesis'],
): { tone: 'warn' | 'bad' | 'note'; text: string } | null {
  switch (synthesis?.status) {
    case 'pending':
      return { tone: 'warn', text: 'Synthesising…' };
    case 'failed':
      return {
        tone: 'bad',
        text: `Synthesis failed: ${synthesis.error ?? 'no reason given'}. Calls hear it from Twilio's <Say> until it is fixed; saving it again (Edit text) tries once more.`,
      };
    case 'unavailable':
      return { tone: 'note', text: "Spoken by Twilio's <Say> on calls" };
    default:
      return null;
  }
}

/**
 * The hint of a voicemail greeting that is long, or null.
 *
 * @example
 * longGreetingHint(42) // "42 s long. Callers often hang up during long greetings."
 */
export function longGreetingHint(seconds: number | null | undefined): string | null {
  if (!seconds || seconds <= LONG_GREETING_SECONDS) return null;
  return `${durationText(seconds)} long. Callers often hang up during long greetings.`;
}
