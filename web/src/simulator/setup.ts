import { localFields } from './zoned-time.js';

/**
 * What the auto-reply guards are told about the caller: nothing, an
 * auto-reply that went to them, or a team member who talked to them,
 * `minutes` before the call.
 */
export interface HistoryChoice {
  kind: 'none' | 'auto-reply' | 'team';
  minutes: number;
}

export const NO_HISTORY: HistoryChoice = { kind: 'none', minutes: 60 };

/** What the tester chooses before a simulated call starts. */
export interface SimSetup {
  from: string;
  date: string;
  time: string;
  timeZone: string;
  /** 'draft', or the number of a published revision. */
  source: 'draft' | number;
  /** The caller's contact history, for the auto-reply guards. */
  history: HistoryChoice;
}

export const DEFAULT_CALLER = '+14155550123';

/** What Twilio gives as the caller's number when it is withheld; route-by-caller steps take it as withheld. */
export const WITHHELD_CALLER = 'anonymous';

/** The browser's own zone, the default of the zone select. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A setup for a call from the default caller, now, in `timeZone`, on the draft. */
export function defaultSetup(timeZone = browserZone(), now = Date.now()): SimSetup {
  return {
    from: DEFAULT_CALLER,
    ...localFields(now, timeZone),
    timeZone,
    source: 'draft',
    history: NO_HISTORY,
  };
}
