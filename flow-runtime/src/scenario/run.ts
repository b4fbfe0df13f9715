import type { FlowDocument, Scenario, Schedule } from '@ringflow/shared';
import { CompileError, compileFlow } from '../compile/compile.js';
import type { CallOutcome } from '../compile/types.js';
import { describeEvent } from '../describe.js';
import { type Played, playScenario } from './play.js';

/** What a scenario's call actually did. */
export interface ScenarioOutcome {
  /** Node ids entered, in order. */
  path: string[];
  /** null: the call is still in progress after the events. */
  outcome: CallOutcome | null;
  autoReplies: string[];
}

export interface ScenarioResult {
  scenarioId: string | null;
  name: string;
  passed: boolean;
  actual: ScenarioOutcome;
  /**
   * The first difference, in words, e.g. 'Step 3: expected "voicemail",
   * reached "after-hours-menu"' or 'Event 2 (Pressed 9) does not apply at "ring-team"'.
   */
  difference: string | null;
}

/** What a played scenario's call did, as a scenario's `expect` says it. */
export function actualOutcome(played: Played): ScenarioOutcome {
  const { last } = played;
  return {
    path: [...last.snapshot.context.path],
    outcome: last.result?.outcome ?? null,
    autoReplies: [...(last.result?.autoReplies ?? [])],
  };
}

const quote = (value: string | null | undefined) =>
  value === null || value === undefined ? 'in progress' : `"${value}"`;
const list = (items: string[]) => (items.length ? items.map((i) => `"${i}"`).join(', ') : 'none');

function pathDifference(expected: string[], actual: string[]): string | null {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    const want = expected[i];
    const got = actual[i];
    if (want === got) continue;
    if (got === undefined)
      return `Step ${i + 1}: expected "${want}", the call stopped at "${actual.at(-1) ?? 'the start'}"`;
    if (want === undefined)
      return `Step ${i + 1}: expected the call to stop at "${expected.at(-1)}", it went on to "${got}"`;
    return `Step ${i + 1}: expected "${want}", reached "${got}"`;
  }
  return null;
}

function difference(scenario: Scenario, played: Played, actual: ScenarioOutcome): string | null {
  const { expect } = scenario;
  // A wrong turn explains a later event that no longer fits, so the path is compared first.
  const path = pathDifference(expect.path, actual.path);
  if (path) return path;
  if (played.rejected) {
    const { index, event, at, done } = played.rejected;
    const what = `Event ${index + 1} (${describeEvent(event)})`;
    return done
      ? `${what} comes after the call ended (${quote(actual.outcome)})`
      : `${what} does not apply at "${at}"`;
  }
  if (expect.outcome !== actual.outcome)
    return `Outcome: expected ${quote(expect.outcome)}, got ${quote(actual.outcome)}`;
  if (JSON.stringify(expect.autoReplies) !== JSON.stringify(actual.autoReplies))
    return `Auto-replies: expected ${list(expect.autoReplies)}, got ${list(actual.autoReplies)}`;
  return null;
}

/**
 * Runs a scenario against a flow and compares what the call did with what
 * the scenario expects: the path, the outcome, the auto-replies. Pure; the
 * same flow, scenario and schedules always give the same result.
 *
 * @example
 * const result = runScenario(flow, scenario, { weekdays });
 * if (!result.passed) console.log(result.difference); // 'Step 3: expected "vm", reached "menu"'
 */
export function runScenario(
  flow: FlowDocument,
  scenario: Scenario,
  schedules: Readonly<Record<string, Schedule>>,
): ScenarioResult {
  return runScenarios(flow, [scenario], schedules)[0] as ScenarioResult;
}

/**
 * Runs each scenario as `runScenario` does, compiling the flow once (a big
 * flow takes a noticeable time to compile).
 *
 * @example
 * const results = runScenarios(flow, savedScenarios, { weekdays });
 */
export function runScenarios(
  flow: FlowDocument,
  scenarios: readonly Scenario[],
  schedules: Readonly<Record<string, Schedule>>,
): ScenarioResult[] {
  if (scenarios.length === 0) return [];
  let machine: ReturnType<typeof compileFlow> | null = null;
  let problem: string | null = null;
  try {
    machine = compileFlow(flow);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    problem = `The flow cannot run: ${error.message}`;
  }
  return scenarios.map((scenario) => {
    const base = { scenarioId: scenario.id ?? null, name: scenario.name };
    if (!machine) {
      const actual = { path: [], outcome: null, autoReplies: [] };
      return { ...base, passed: false, actual, difference: problem };
    }
    const played = playScenario(machine, scenario, schedules);
    const actual = actualOutcome(played);
    const diff = difference(scenario, played, actual);
    return { ...base, passed: diff === null, actual, difference: diff };
  });
}
