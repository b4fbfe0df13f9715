import { possibleEvents } from '@ringflow/flow-runtime';
import { describe, expect, it } from 'vitest';
import { demoFlow } from './demo-flow.js';
import { eventButtons } from './event-buttons.js';
import { decisionsOf } from './outcome.js';
import { prepareRun } from './prepare-run.js';
import { scenarioOf } from './scenario.js';
import {
  currentStep,
  pathOf,
  restartSession,
  type SimSession,
  stepBack,
  stepSession,
  takenEvents,
} from './session.js';
import { defaultSetup, type SimSetup } from './setup.js';
import { takenOf, traceOf } from './trace.js';

const demo = demoFlow();
const business = { number: '+14155550100', name: 'Acme Plumbing' };
const setupAt = (date: string, time: string): SimSetup => ({
  ...defaultSetup('America/New_York'),
  date,
  time,
});
const runAt = (date: string, time: string) =>
  prepareRun(demo.document, setupAt(date, time), {
    memberIds: ['alice', 'bob', 'carol'],
    schedules: demo.schedules,
    business,
  });
const labels = (session: SimSession) => {
  const { view } = currentStep(session);
  return eventButtons(possibleEvents(session.machine, view.snapshot), view.instruction).map(
    (b) => b.label,
  );
};
const press = (session: SimSession, label: string, seconds = 0) => {
  const { view } = currentStep(session);
  const button = eventButtons(
    possibleEvents(session.machine, view.snapshot),
    view.instruction,
  ).find((b) => b.label === label);
  if (!button) throw new Error(`no button ${label}`);
  return stepSession(session, button.event, seconds);
};

describe('a simulated call', () => {
  it('rings the team at 10:00 on a weekday and offers the dial results', () => {
    const { session } = runAt('2026-11-23', '10:00');
    expect(currentStep(session).view.nodeId).toBe('ring-team');
    expect(pathOf(session)).toEqual(['start', 'hours', 'ring-team']);
    expect(labels(session)).toEqual(['Answered', 'No answer', 'Busy', 'Call failed', 'Hang up']);
  });

  it('offers the menu keys, a wrong key and silence after hours on a Saturday', () => {
    const { session } = runAt('2026-11-28', '22:00');
    expect(currentStep(session).view.nodeId).toBe('after-hours-menu');
    expect(labels(session)).toEqual(['1', '2', 'Wrong key', 'Silence', 'Hang up']);
    const hours = press(session, '2');
    expect(currentStep(hours).view.nodeId).toBe('our-hours');
    expect(labels(hours)).toEqual(['Message played', 'Hang up']);
    const voicemail = press(session, '1');
    expect(labels(voicemail)).toEqual(['Leave a 20 s voicemail', 'No message', 'Hang up']);
  });

  it('steps back one event at a time and restarts from the start', () => {
    const run = runAt('2026-11-28', '22:00');
    const two = press(run.session, '2', 5);
    const played = press(two, 'Message played', 30);
    expect(currentStep(played).view.nodeId).toBe('after-hours-menu');
    expect(takenEvents(played)).toEqual([
      { type: 'DIGITS', digits: '2', afterSeconds: 5 },
      { type: 'PLAYBACK_DONE', afterSeconds: 30 },
    ]);
    expect(currentStep(played).view.snapshot.context.now).toBe('2026-11-29T03:00:35.000Z');
    expect(stepBack(played)).toEqual(two);
    expect(stepBack(stepBack(stepBack(played)))).toEqual(run.session);
    expect(restartSession(played)).toEqual(run.session);
  });

  it('ignores an event the node does not take', () => {
    const { session } = runAt('2026-11-23', '10:00');
    expect(stepSession(session, { type: 'DIGITS', digits: '1' })).toBe(session);
  });

  it('ends on voicemail with the after-hours text and traces the edges taken', () => {
    const run = runAt('2026-11-28', '22:00');
    const left = press(press(run.session, '1'), 'Leave a 20 s voicemail', 3);
    const { view } = currentStep(left);
    expect(view.done).toBe(true);
    expect(view.result?.outcome).toBe('voicemail');
    const [reply] = decisionsOf({ ...run, session: left });
    expect(reply?.action).toBe('send');
    expect(reply?.variant).toBe('after-hours');
    expect(reply?.text).toContain('Acme Plumbing');
    const trace = traceOf(pathOf(left), view.nodeId, demo.document.edges, takenOf(left));
    expect(trace.current).toBeNull();
    expect(trace.edges).toContain('after-hours-menu--1--voicemail');
    expect(trace.edges).not.toContain('hours--open--ring-team');
    // Silence leads to voicemail too, but the caller pressed 1.
    expect(trace.edges).not.toContain('after-hours-menu--no-input--voicemail');
  });
});

describe('a run saved as a scenario', () => {
  it('keeps the inputs and expects what happened', () => {
    const run = runAt('2026-11-28', '22:00');
    const going = { ...run, session: press(run.session, '1', 4) };
    expect(scenarioOf(going, ' In progress ')).toMatchObject({
      name: 'In progress',
      from: '+14155550123',
      to: '',
      at: '2026-11-29T03:00:00.000Z',
      timeZone: 'America/New_York',
      events: [{ type: 'DIGITS', digits: '1', afterSeconds: 4 }],
      expect: { outcome: null, autoReplies: [] },
    });
    const done = { ...going, session: press(going.session, 'Leave a 20 s voicemail') };
    const scenario = scenarioOf(done, 'Voicemail');
    expect(scenario.events[1]).toEqual({ type: 'RECORDING_DONE', durationSeconds: 20 });
    expect(scenario.expect).toEqual({
      path: ['start', 'hours', 'after-hours-menu', 'voicemail', 'reply-message'],
      outcome: 'voicemail',
      autoReplies: ['reply-message'],
    });
  });
});
