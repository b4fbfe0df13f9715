import type { ScenarioEvent, ScenarioInput } from '@ringflow/shared';
import type { SimRun } from './prepare-run.js';
import { currentStep, pathOf, takenEvents } from './session.js';

/** A scenario as the server keeps it, with its id. */
export type SavedScenario = ScenarioInput & { id: string };

/** One scenario run against the draft or a revision. */
export interface ScenarioRunResult {
  scenarioId: string | null;
  name: string;
  passed: boolean;
  difference: string | null;
  actual: { path: string[]; outcome: string | null; autoReplies: string[] };
}

/**
 * The run so far as a scenario named `name`: its inputs (caller, start,
 * events with their delays) and what the flow did with them, as expected.
 * A call still going expects no outcome yet.
 *
 * @example
 * await api('POST', `/flows/${id}/scenarios`, scenarioOf(run, 'Saturday night voicemail'));
 */
export function scenarioOf(run: SimRun, name: string): ScenarioInput {
  const { view } = currentStep(run.session);
  return {
    name: name.trim(),
    from: run.setup.from.trim(),
    to: '',
    at: run.session.input.at,
    timeZone: run.setup.timeZone,
    events: takenEvents(run.session).map(toScenarioEvent),
    expect: {
      path: pathOf(run.session),
      outcome: view.result?.outcome ?? null,
      autoReplies: view.result?.autoReplies ?? [],
    },
  };
}

/** A call event as a scenario stores it: the input only (no recording URL, no instant). */
function toScenarioEvent(event: ReturnType<typeof takenEvents>[number]): ScenarioEvent {
  const { afterSeconds } = event;
  const timing = afterSeconds > 0 ? { afterSeconds } : {};
  switch (event.type) {
    case 'DIAL_RESULT':
      return { type: event.type, status: event.status, ...timing };
    case 'DIGITS':
      return { type: event.type, digits: event.digits, ...timing };
    case 'RECORDING_DONE':
      return { type: event.type, durationSeconds: event.durationSeconds, ...timing };
    default:
      return { type: event.type, ...timing };
  }
}
