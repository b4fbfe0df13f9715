import { localFields } from './zoned-time.js';

/** What the tester chooses before a simulated call starts. */
export interface SimSetup {
  from: string;
  date: string;
  time: string;
  timeZone: string;
  /** 'draft', or the number of a published revision. */
  source: 'draft' | number;
}

export const DEFAULT_CALLER = '+14155550123';

/** The browser's own zone, the default of the zone select. */
export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A setup for a call from the default caller, now, in `timeZone`, on the draft. */
export function defaultSetup(timeZone = browserZone(), now = Date.now()): SimSetup {
  return { from: DEFAULT_CALLER, ...localFields(now, timeZone), timeZone, source: 'draft' };
}
