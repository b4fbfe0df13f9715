import { type Scenario, ScenarioSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../src/index.js';
import { buildFlow, CALL, MONDAY_10AM, SATURDAY_10PM, weekdays } from './build-flow.js';

const alice = { type: 'member', memberId: 'alice' };

/** Like the demo: open hours ring the team, then voicemail; closed hours offer a menu. */
const nodes: Parameters<typeof buildFlow>[0] = [
  ['in', 'incoming-call'],
  ['hours', 'business-hours', { scheduleId: 'weekdays' }],
  ['ring', 'ring-users', { targets: [alice], ringSeconds: 20 }],
  ['vm', 'voicemail', { maxLengthSeconds: 90 }],
  ['thanks', 'auto-reply', { inHoursText: 'Thanks for your message' }],
  [
    'menu',
    'phone-menu',
    { prompt: { type: 'say', text: 'Press 1 for voicemail' }, options: [{ digit: '1' }] },
  ],
  ['bye', 'hang-up'],
];
const edges: Parameters<typeof buildFlow>[1] = [
  ['in', 'next', 'hours'],
  ['hours', 'open', 'ring'],
  ['hours', 'closed', 'menu'],
  ['ring', 'no-answer', 'vm'],
  ['vm', 'recorded', 'thanks'],
  ['menu', '1', 'vm'],
  ['menu', 'no-input', 'bye'],
];
const flow = buildFlow(nodes, edges);
const schedules = { weekdays };

const voicemail: Scenario = ScenarioSchema.parse({
  id: 'sc-1',
  name: 'Open: no answer → voicemail → message left',
  from: CALL.from,
  to: CALL.to,
  at: MONDAY_10AM,
  events: [
    { type: 'DIAL_RESULT', status: 'no-answer', afterSeconds: 20 },
    { type: 'RECORDING_DONE', durationSeconds: 14, afterSeconds: 30 },
  ],
  expect: {
    path: ['in', 'hours', 'ring', 'vm', 'thanks'],
    outcome: 'voicemail',
    autoReplies: ['thanks'],
  },
});

describe('runScenario', () => {
  it('passes when the flow does what the scenario expects', () => {
    const result = runScenario(flow, voicemail, schedules);
    expect(result).toEqual({
      scenarioId: 'sc-1',
      name: voicemail.name,
      passed: true,
      actual: {
        path: ['in', 'hours', 'ring', 'vm', 'thanks'],
        outcome: 'voicemail',
        autoReplies: ['thanks'],
      },
      difference: null,
    });
  });

  it('names the first step where a changed flow goes elsewhere', () => {
    const changed = buildFlow(
      nodes,
      edges.map((e) => (e[0] === 'ring' ? ['ring', 'no-answer', 'menu'] : e)),
    );
    const result = runScenario(changed, voicemail, schedules);
    expect(result.passed).toBe(false);
    expect(result.difference).toBe('Step 4: expected "vm", reached "menu"');
    expect(result.actual.outcome).toBeNull();
  });

  it('names an event that does not apply where the call stands', () => {
    const result = runScenario(
      flow,
      {
        ...voicemail,
        events: [{ type: 'DIGITS', digits: '9' }],
        expect: { ...voicemail.expect, path: ['in', 'hours', 'ring'] },
      },
      schedules,
    );
    expect(result.difference).toBe('Event 1 (Pressed 9) does not apply at "ring"');
  });

  it('names a different outcome and different auto-replies', () => {
    const noMessage = { ...voicemail, expect: { ...voicemail.expect, outcome: 'missed' as const } };
    expect(runScenario(flow, noMessage, schedules).difference).toBe(
      'Outcome: expected "missed", got "voicemail"',
    );
    const replies = { ...voicemail, expect: { ...voicemail.expect, autoReplies: [] } };
    expect(runScenario(flow, replies, schedules).difference).toBe(
      'Auto-replies: expected none, got "thanks"',
    );
  });

  it('expects a call still in progress with a null outcome', () => {
    const ringing = {
      ...voicemail,
      events: [],
      expect: { path: ['in', 'hours', 'ring'], outcome: null, autoReplies: [] },
    };
    expect(runScenario(flow, ringing, schedules).passed).toBe(true);
  });

  it('advances the clock by each event and crosses closing time', () => {
    const intro = buildFlow(
      [
        ['in', 'incoming-call'],
        ['intro', 'play-message', { prompt: { type: 'say', text: 'Welcome' } }],
        ['hours', 'business-hours', { scheduleId: 'weekdays' }],
        ['open', 'hang-up'],
        ['closed', 'hang-up'],
      ],
      [
        ['in', 'next', 'intro'],
        ['intro', 'next', 'hours'],
        ['hours', 'open', 'open'],
        ['hours', 'closed', 'closed'],
      ],
    );
    // Monday 16:59:30 in New York; the greeting ends 45 s later, after closing.
    const scenario = ScenarioSchema.parse({
      name: 'Just before closing',
      from: CALL.from,
      at: '2026-11-23T21:59:30Z',
      events: [{ type: 'PLAYBACK_DONE', afterSeconds: 45 }],
      expect: { path: ['in', 'intro', 'hours', 'closed'], outcome: 'missed', autoReplies: [] },
    });
    expect(runScenario(intro, scenario, schedules).passed).toBe(true);
    const quick = { ...scenario, events: [{ type: 'PLAYBACK_DONE' as const, afterSeconds: 10 }] };
    expect(runScenario(intro, quick, schedules).difference).toBe(
      'Step 4: expected "closed", reached "open"',
    );
  });

  it('takes the closed branch at night', () => {
    const night = ScenarioSchema.parse({
      name: 'Closed: press 1',
      from: CALL.from,
      at: SATURDAY_10PM,
      events: [
        { type: 'DIGITS', digits: '1' },
        { type: 'RECORDING_DONE', durationSeconds: 0 },
      ],
      expect: { path: ['in', 'hours', 'menu', 'vm'], outcome: 'missed', autoReplies: [] },
    });
    expect(runScenario(flow, night, schedules)).toMatchObject({ passed: true, difference: null });
  });

  it('round-trips through JSON and the schema unchanged', () => {
    const again = ScenarioSchema.parse(JSON.parse(JSON.stringify(voicemail)));
    expect(again).toEqual(voicemail);
    expect(runScenario(flow, again, schedules).passed).toBe(true);
  });

  it('names the field of a bad scenario', () => {
    const bad = ScenarioSchema.safeParse({
      ...voicemail,
      events: [{ type: 'DIGITS', digits: 'x' }],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['events', 0, 'digits']);
  });
});
