/**
 * @module
 * Replaying a real call from the call log against the draft: the same caller,
 * start and events the provider sent, and where the draft takes the caller
 * now, next to where the call really went.
 */

import { describeEvent, toCallEvent } from '@ringflow/flow-runtime';
import type { Scenario } from '@ringflow/shared';
import type { SimRun } from './prepare-run.js';
import { currentStep, stepSession } from './session.js';

/** What the real call did, and how far the draft followed its events. */
export interface Replay {
  callId: string;
  /** The path and outcome the real call took on the revision it ran. */
  original: { path: string[]; outcome: string | null };
  /** Events the draft did not accept (it was elsewhere, or the call had ended), in words. */
  unplayed: string[];
}

/**
 * Plays the real call's events on a run prepared at the call's start. An
 * event the draft does not accept where the call stands is kept aside, not
 * forced: the draft may ask for a key where the call once rang someone.
 *
 * @example
 * const scenario = await api<Scenario>('GET', `/calls/${callId}/scenario`);
 * replayRun(prepareRun(draft, setup, context, scenario.at), scenario, callId);
 */
export function replayRun(run: SimRun, scenario: Scenario, callId: string): SimRun {
  let session = run.session;
  const unplayed: string[] = [];
  let wait = 0;
  for (const event of scenario.events) {
    wait += event.afterSeconds ?? 0;
    // stepSession stamps the event with the call's own clock.
    const callEvent = toCallEvent(event, '');
    const next = stepSession(session, callEvent, wait);
    if (next === session) {
      const ended = currentStep(session).view.done ? ' (the draft had already ended the call)' : '';
      unplayed.push(`${describeEvent(callEvent)}${ended}`);
      continue;
    }
    session = next;
    wait = 0;
  }
  return {
    ...run,
    session,
    replay: {
      callId,
      original: { path: scenario.expect.path, outcome: scenario.expect.outcome },
      unplayed,
    },
  };
}
