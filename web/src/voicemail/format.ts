/**
 * @module
 * What became of a deleted recording, in words.
 */
import { formatDay } from '../ui/dates.js';

/**
 * What became of a recording that is gone: retention's deletion names its
 * date, a person's deletion says so.
 *
 * @example
 * deletedLine('retention', '2026-11-23T03:00:00Z') // "Recording deleted by retention on 23 Nov 2026"
 */
export function deletedLine(reason: 'retention' | 'user' | null, at: string | null): string {
  if (reason === 'retention') {
    return at
      ? `Recording deleted by retention on ${formatDay(at)}`
      : 'Recording deleted by retention';
  }
  return at ? `Recording deleted on ${formatDay(at)}` : 'Recording deleted';
}
