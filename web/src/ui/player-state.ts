/**
 * A length or position of audio as a clock: "0:07", "1:05", "1:02:03".
 * Fractions are dropped (a player counts whole seconds); unknown is "—".
 *
 * @example
 * playerTime(65.4) // "1:05"
 */
export function playerTime(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) {
    return '—';
  }
  const whole = Math.floor(seconds);
  const s = String(whole % 60).padStart(2, '0');
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}:${s}`;
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${s}`;
}

/** The speeds the player offers. */
export const PLAYBACK_RATES = [1, 1.5, 2] as const;

/**
 * Where a 5 s skip lands, kept inside the audio.
 *
 * @example
 * seekTarget(3, -5, 12) // 0
 */
export function seekTarget(current: number, delta: number, duration: number): number {
  return Math.min(Math.max(current + delta, 0), Math.max(duration, 0));
}

/**
 * Why the audio did not load, in words for the page: wavesurfer's fetch error
 * names the URL; the status code is what helps.
 *
 * @example
 * loadErrorText(new Error('Failed to fetch /api/voicemails/vm_1/audio: 404 (Not Found)'))
 * // "The audio could not be loaded: the server answered 404 (Not Found)"
 */
export function loadErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const status = /: (\d{3} \(.*\))$/.exec(message)?.[1];
  if (status) return `The audio could not be loaded: the server answered ${status}`;
  if (/decod/i.test(message))
    return 'The audio could not be decoded: the file is not audio this browser can play';
  return `The audio could not be loaded: ${message || 'unknown error'}`;
}
