/**
 * @module
 * The browser recorder's states, as a pure reducer so that every step
 * (permission refused, stop, record again, keep) is tested without a
 * microphone: idle -> asking -> recording -> recorded -> (kept | idle).
 * Keeping it is a form submit (RecordGreeting's `useFormSubmit`), whose busy
 * flag and errors stay out of these states.
 */

import { MAX_GREETING_BYTES } from './upload-check.js';

/** A recording stops by itself at the longest greeting the server takes. */
export const MAX_RECORDING_SECONDS = 5 * 60;

/**
 * How long a recording may run before its WAV would pass the 10 MB limit:
 * uncompressed 16-bit audio at the microphone's rate and channels, at most 5 minutes.
 *
 * @example
 * recordingLimitSeconds(48_000, 1) // 109
 */
export function recordingLimitSeconds(sampleRate?: number, channels?: number): number {
  const bytesPerSecond = (sampleRate || 48_000) * (channels || 1) * 2;
  const WAV_HEADER_BYTES = 44;
  return Math.min(
    MAX_RECORDING_SECONDS,
    Math.floor((MAX_GREETING_BYTES - WAV_HEADER_BYTES) / bytesPerSecond),
  );
}

export type RecorderState =
  | { phase: 'idle' }
  /** Waiting for the browser's microphone permission. */
  | { phase: 'asking' }
  | { phase: 'recording'; startedAt: number; elapsedMs: number; limitSeconds: number }
  | { phase: 'recorded'; url: string; seconds: number }
  | { phase: 'failed'; message: string };

export type RecorderEvent =
  | { type: 'ask' }
  | { type: 'started'; at: number; limitSeconds: number }
  | { type: 'tick'; at: number }
  | { type: 'stopped'; url: string; at: number }
  | { type: 'refused'; error: unknown }
  | { type: 'again' };

/**
 * The next state. Events that do not belong to the current phase (a late
 * tick after stop) leave it as it is.
 *
 * @example
 * recorderStep({ phase: 'idle' }, { type: 'ask' }) // { phase: 'asking' }
 */
export function recorderStep(state: RecorderState, event: RecorderEvent): RecorderState {
  switch (event.type) {
    case 'ask':
      return state.phase === 'idle' || state.phase === 'failed' ? { phase: 'asking' } : state;
    case 'started':
      return state.phase === 'asking'
        ? {
            phase: 'recording',
            startedAt: event.at,
            elapsedMs: 0,
            limitSeconds: event.limitSeconds,
          }
        : state;
    case 'tick':
      return state.phase === 'recording'
        ? { ...state, elapsedMs: Math.max(0, event.at - state.startedAt) }
        : state;
    case 'stopped':
      return state.phase === 'recording'
        ? {
            phase: 'recorded',
            url: event.url,
            seconds: Math.max(0, (event.at - state.startedAt) / 1000),
          }
        : state;
    case 'refused':
      return { phase: 'failed', message: microphoneMessage(event.error) };
    case 'again':
      return { phase: 'idle' };
  }
}

/** True when the recording has reached the longest the server takes and must stop. */
export function overLimit(state: RecorderState): boolean {
  return state.phase === 'recording' && state.elapsedMs >= state.limitSeconds * 1000;
}

/**
 * A running timer: minutes and seconds, "0:07", "12:30".
 *
 * @example
 * timerText(67_400) // "1:07"
 */
export function timerText(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * What to tell the admin when the browser gives no microphone: permission
 * refused, no microphone, or a page not served over HTTPS.
 *
 * @example
 * microphoneMessage(new DOMException('denied', 'NotAllowedError'))
 * // "The browser was not allowed to use the microphone. …"
 */
export function microphoneMessage(error: unknown): string {
  const name =
    typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'The browser was not allowed to use the microphone. Allow microphone access for this site (the icon in the address bar) and try again, or upload a file instead.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No microphone was found. Connect one and try again, or upload a file instead.';
    case 'NotReadableError':
      return 'The microphone is in use by another program or could not be started. Close that program and try again.';
    case 'NoMedia':
      return 'This browser cannot record here: recording needs a secure page (HTTPS or localhost) and a browser with microphone support. Upload a file instead.';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return `Recording could not start: ${message}`;
    }
  }
}
