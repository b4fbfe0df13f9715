import type { Scenario, ScenarioEvent, Schedule } from '@ringflow/shared';
import type { CallMachine } from '../compile/compile.js';
import type { CallEvent } from '../compile/types.js';
import { type CallView, startCall, stepCall } from '../step.js';

/** One step of a played scenario: the event, where the call waited, and what it entered. */
export interface PlayedStep {
  /** null for the call's start. */
  event: CallEvent | null;
  /** The node the call waited in when the event arrived (null at the start). */
  from: string | null;
  view: CallView;
}

export interface Played {
  steps: PlayedStep[];
  last: CallView;
  /** The first event that did not apply, with its 0-based index and where the call stood. */
  rejected: { index: number; event: CallEvent; at: string | null; done: boolean } | null;
}

/** A scenario's event as the machine takes it, stamped with its instant on the call's clock. */
export function toCallEvent(event: ScenarioEvent, at: string): CallEvent {
  const { afterSeconds: _after, ...rest } = event;
  return { ...rest, at } as CallEvent;
}

/**
 * Plays a scenario's events through a compiled flow. The call starts at
 * `scenario.at`; each event happens `afterSeconds` after the previous one.
 * Playing stops at the first event that does not apply.
 */
export function playScenario(
  machine: CallMachine,
  scenario: Pick<Scenario, 'from' | 'to' | 'at' | 'events'>,
  schedules: Readonly<Record<string, Schedule>>,
): Played {
  let clock = Date.parse(scenario.at);
  let view = startCall(machine, {
    call: { from: scenario.from, to: scenario.to },
    at: new Date(clock).toISOString(),
    schedules,
  });
  const steps: PlayedStep[] = [{ event: null, from: null, view }];
  for (const [index, scenarioEvent] of scenario.events.entries()) {
    clock += (scenarioEvent.afterSeconds ?? 0) * 1000;
    const event = toCallEvent(scenarioEvent, new Date(clock).toISOString());
    const next = stepCall(machine, view.snapshot, event);
    if (!next.accepted) {
      return { steps, last: view, rejected: { index, event, at: view.nodeId, done: view.done } };
    }
    steps.push({ event, from: view.nodeId, view: next });
    view = next;
  }
  return { steps, last: view, rejected: null };
}
