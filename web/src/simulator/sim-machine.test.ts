import { type Scenario, ScenarioSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { demoFlow } from './demo-flow.js';
import { prepareRun, type SimRun } from './prepare-run.js';
import { replayRun } from './replay.js';
import { scenarioOf } from './scenario.js';
import { coverageOf } from './scenario-coverage.js';
import { currentStep, pathOf } from './session.js';
import { defaultSetup } from './setup.js';
import { simulatorMachine } from './sim-machine.js';

const demo = demoFlow();
const context = {
  memberIds: ['alice', 'bob', 'carol'],
  schedules: demo.schedules,
  business: { number: '+14155550100', name: 'Acme Plumbing' },
};
const runAt = (date: string, time: string, flow: unknown = demo.document) =>
  prepareRun(flow, { ...defaultSetup('America/New_York'), date, time }, context);

function runOf(snapshot: { context: { run: SimRun | null } }): SimRun {
  if (!snapshot.context.run) throw new Error('no call is running');
  return snapshot.context.run;
}

describe('the simulator statechart', () => {
  it('steps a call to its end, back into it, and starts a new one', () => {
    const actor = createActor(simulatorMachine).start();
    actor.send({ type: 'OPEN', flowId: 'demo' });
    expect(actor.getSnapshot().value).toBe('settingUp');
    actor.send({ type: 'START', run: runAt('2026-11-28', '22:00') });
    expect(actor.getSnapshot().value).toBe('calling');

    actor.send({ type: 'STEP', event: { type: 'DIGITS', digits: '1' }, afterSeconds: 4 });
    actor.send({ type: 'STEP', event: { type: 'RECORDING_DONE', durationSeconds: 20 } });
    const over = actor.getSnapshot();
    expect(over.value).toBe('over');
    expect(currentStep(runOf(over).session).view.result?.outcome).toBe('voicemail');

    // The ended call takes no more events; stepping back reopens it.
    actor.send({ type: 'STEP', event: { type: 'CALLER_HUNG_UP' } });
    expect(actor.getSnapshot().context.run).toBe(over.context.run);
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('calling');
    expect(pathOf(runOf(actor.getSnapshot()).session)).toEqual([
      'start',
      'hours',
      'after-hours-menu',
      'voicemail',
    ]);
    actor.send({ type: 'RESTART' });
    expect(runOf(actor.getSnapshot()).session.steps).toHaveLength(1);
    actor.send({ type: 'NEW_CALL' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'settingUp', context: { run: null } });
  });

  it('refuses an event the node does not take, and a step back at the start', () => {
    const actor = createActor(simulatorMachine).start();
    actor.send({ type: 'START', run: runAt('2026-11-23', '10:00') });
    const before = actor.getSnapshot().context.run;
    actor.send({ type: 'STEP', event: { type: 'DIGITS', digits: '1' } });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().context.run).toBe(before);
  });

  it('keeps the setup and run of a flow, and starts afresh on another', () => {
    const actor = createActor(simulatorMachine).start();
    actor.send({ type: 'OPEN', flowId: 'a' });
    const setup = { ...defaultSetup('Europe/Paris'), from: '+33123456789' };
    actor.send({ type: 'SETUP', setup });
    actor.send({ type: 'START', run: runAt('2026-11-23', '10:00') });
    actor.send({ type: 'OPEN', flowId: 'a' });
    expect(actor.getSnapshot().value).toBe('calling');
    actor.send({ type: 'OPEN', flowId: 'b' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'settingUp', context: { flowId: 'b' } });
    expect(actor.getSnapshot().context.run).toBeNull();
  });
});

describe('replaying a real call against the draft', () => {
  const saturdayVoicemail = (): Scenario => {
    const run = runAt('2026-11-28', '22:00');
    const actor = createActor(simulatorMachine).start();
    actor.send({ type: 'START', run });
    actor.send({ type: 'STEP', event: { type: 'DIGITS', digits: '1' }, afterSeconds: 6 });
    actor.send({ type: 'STEP', event: { type: 'RECORDING_DONE', durationSeconds: 20 } });
    return ScenarioSchema.parse(scenarioOf(runOf(actor.getSnapshot()), 'real call'));
  };

  it('follows the same path when the draft has not changed', () => {
    const scenario = saturdayVoicemail();
    const run = prepareRun(demo.document, defaultSetup('America/New_York'), context, scenario.at);
    const replayed = replayRun(run, scenario, 'call_1');
    expect(pathOf(replayed.session)).toEqual(scenario.expect.path);
    expect(replayed.replay).toEqual({
      callId: 'call_1',
      original: { path: scenario.expect.path, outcome: 'voicemail' },
      unplayed: [],
    });
  });

  it('shows where a changed draft takes the caller, and the events it could not use', () => {
    const scenario = saturdayVoicemail();
    // The draft now sends key 1 to the hours message instead of voicemail.
    const draft = structuredClone(demo.document);
    const edge = draft.edges.find((e) => e.id === 'after-hours-menu--1--voicemail');
    if (!edge) throw new Error('the demo has no edge from key 1 to voicemail');
    edge.target = 'our-hours';
    const run = prepareRun(draft, defaultSetup('America/New_York'), context, scenario.at);
    const replayed = replayRun(run, scenario, 'call_1');
    expect(pathOf(replayed.session)).toEqual(['start', 'hours', 'after-hours-menu', 'our-hours']);
    expect(replayed.replay?.unplayed).toEqual(['Left a 20 s message']);
    // The clock carries the real call's timing: 6 s before the key.
    expect(currentStep(replayed.session).view.snapshot.context.now).toBe(
      '2026-11-29T03:00:06.000Z',
    );
  });
});

describe('coverage of the saved scenarios', () => {
  it('names the nodes and outcomes no scenario reaches', () => {
    const run = runAt('2026-11-28', '22:00');
    const actor = createActor(simulatorMachine).start();
    actor.send({ type: 'START', run });
    actor.send({ type: 'STEP', event: { type: 'DIGITS', digits: '1' } });
    actor.send({ type: 'STEP', event: { type: 'RECORDING_DONE', durationSeconds: 20 } });
    const saved = { ...scenarioOf(runOf(actor.getSnapshot()), 'vm'), id: 'scn_1' };
    const summary = coverageOf(demo.document, [saved], demo.schedules);
    expect(summary?.nodes).toMatchObject({ covered: 5, total: 9 });
    expect(summary?.nodes.missing).toEqual([
      'Alice and Bob',
      'Call done',
      'Our hours',
      'Missed call text',
    ]);
    expect(summary?.outcomes.missing).toEqual([
      'Office hours: Open',
      'Alice and Bob: Answered',
      'Alice and Bob: No answer',
      'After-hours menu: 2: Our hours',
      'After-hours menu: No input',
      'Our hours: Then',
      'Voicemail: No message',
    ]);
    expect(coverageOf(demo.document, [], demo.schedules)?.nodes.covered).toBe(0);
  });
});
