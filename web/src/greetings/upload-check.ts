/**
 * @module
 * The checks the browser can make before sending a greeting's file, worded as
 * the server words its own refusals, so the admin reads one message either way.
 * The server checks again (it sniffs the bytes; the browser only knows the name).
 */

/** The largest file the server takes (10 MB). */
export const MAX_GREETING_BYTES = 10 * 1024 * 1024;

/** The file input's `accept`: what Twilio's <Play> can play. */
export const GREETING_ACCEPT = 'audio/mpeg,audio/wav';

const AUDIO_TYPES = /^audio\/(mpeg|mp3|wav|x-wav|wave|vnd\.wave)$/;

/**
 * A size in words, e.g. "12.4 MB" or "800 KB".
 *
 * @example
 * sizeText(12_400_000) // "11.8 MB"
 */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Why the file cannot be a greeting, or null when it may be sent. Refuses
 * what is certainly wrong: empty, over 10 MB, or a type the browser knows
 * is not audio. A file of no known type goes to the server, which sniffs it.
 *
 * @example
 * uploadProblem({ name: 'big.wav', size: 11 * 1024 * 1024, type: 'audio/wav' })
 * // "the file is larger than 10 MB; greetings can be at most 10 MB (this one is 11.0 MB)"
 */
export function uploadProblem(file: { name: string; size: number; type: string }): string | null {
  if (file.size === 0) return 'the file is empty';
  if (file.size > MAX_GREETING_BYTES) {
    return `the file is larger than 10 MB; greetings can be at most 10 MB (this one is ${sizeText(file.size)})`;
  }
  if (file.type && !AUDIO_TYPES.test(file.type)) {
    return `not an MP3 or WAV file: it looks like ${file.type}`;
  }
  return null;
}

/**
 * A name for a new greeting from its file's name: "Main menu.mp3" -> "Main menu".
 *
 * @example
 * nameFromFile('after-hours_v2.wav') // "after hours v2"
 */
export function nameFromFile(fileName: string): string {
  return fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim()
    .slice(0, 100);
}
