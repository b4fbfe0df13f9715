import type { ScenarioEvent } from '@ringflow/shared';
import type { ApiReply, ApiSchema } from '../api/types.js';
import type { SimRun } from './prepare-run.js';
import { currentStep, pathOf, takenEvents } from './session.js';

/** A scenario as the API shows it; a generated one has no id yet. */
export type ApiScenario = ApiSchema<'Scenario'>;

/** A scenario as the server keeps it: a saved one always has its id. */
export type SavedScenario = ApiScenario & { id: string };

/** GET /flows/{id}/scenarios, with the id the schema leaves optional (it also describes unsaved ones). */
export type SavedScenariosReply = Omit<ApiReply<'/flows/{id}/scenarios', 'get'>, 'scenarios'> & {
  scenarios: SavedScenario[];
};

/** One scenario run against the draft or a revision. */
export type ScenarioRunResult = ApiSchema<'ScenarioResult'>;
/** What "Run all" answers: one result per saved scenario. */
export type ScenarioRunReply = ApiReply<'/flows/{id}/scenarios/run', 'post'>;

/** What "Generate" answers: unsaved scenarios, and whether the path budget cut them short. */
export type GeneratedScenarios = ApiReply<'/flows/{id}/scenarios/generate', 'post'>;

/**
 * The run so far as a scenario named `name`: its inputs (caller, start,
 * events with their delays) and what the flow did with them, as expected.
 * A call still going expects no outcome yet.
 *
 * @example
 * await api('POST', `/flows/${id}/scenarios`, scenarioOf(run, 'Saturday night voicemail'));
 */
export function scenarioOf(run: SimRun, name: string): ApiScenario {
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
