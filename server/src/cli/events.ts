import type { CallEvent } from '@ringflow/flow-runtime';
import { CliError } from './cli-error.js';

export const EVENT_HELP = `Events, comma-separated, each optionally followed by @+Ns, @+Nm or @+Nh to move the clock:
  answered | no-answer | busy | failed   result of ringing or forwarding
  press:N (or just N: 0-9, *, #)         the caller presses keys (a menu, a voicemail greeting)
  silence                                the caller presses nothing
  record:SECONDS | no-message            a voicemail of that length, or none
  played                                 a message finished playing
  hangup                                 the caller hangs up`;

export interface TimedEvent {
  event: CallEvent;
  /** Milliseconds the clock moves before the event. */
  advanceMs: number;
  /** Whether the token set the time (`@+30s`); without it a simulation takes the step's own length. */
  timed: boolean;
  token: string;
}

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/**
 * Parses `--events answered,press:2@+5s,record:30`.
 *
 * @example
 * parseEvents('no-answer,record:30@+45s');
 */
export function parseEvents(list: string): TimedEvent[] {
  return list
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((token) => {
      const [body = '', offset] = token.split('@');
      let advanceMs = 0;
      if (offset !== undefined) {
        const m = /^\+(\d+)([smh])$/.exec(offset);
        if (!m)
          throw new CliError(
            `Event "${token}": the clock offset must look like @+30s, @+5m or @+1h`,
          );
        advanceMs = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
      }
      return { event: parseEvent(body, token), advanceMs, timed: offset !== undefined, token };
    });
}

function parseEvent(body: string, token: string): CallEvent {
  switch (body) {
    case 'answered':
    case 'no-answer':
    case 'busy':
    case 'failed':
      return { type: 'DIAL_RESULT', status: body };
    case 'silence':
    case 'no-input':
      return { type: 'NO_INPUT' };
    case 'no-message':
      return { type: 'RECORDING_DONE', durationSeconds: 0 };
    case 'played':
      return { type: 'PLAYBACK_DONE' };
    case 'hangup':
    case 'hang-up':
      return { type: 'CALLER_HUNG_UP' };
  }
  const press = /^(?:press:)?([0-9*#]+)$/.exec(body);
  if (press?.[1]) return { type: 'DIGITS', digits: press[1] };
  const record = /^record:(\d+)$/.exec(body);
  if (record) return { type: 'RECORDING_DONE', durationSeconds: Number(record[1]) };
  throw new CliError(`Unknown event "${token}".\n${EVENT_HELP}`);
}
