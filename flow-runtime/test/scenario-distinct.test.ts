import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type FlowDocument, ScheduleSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import { coverage, generateScenarioSet, validateFlow } from '../src/index.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const flowAt = (path: string) => validateFlow(readJson(root(path))).document as FlowDocument;
const schedules = Object.fromEntries(
  (readJson(root('test/fixtures/schedules.json')) as unknown[]).map((s) => {
    const schedule = ScheduleSchema.parse(s);
    return [schedule.id, schedule];
  }),
);
// Monday 10:00 and Saturday 22:00 in New York, Christmas Day, Monday 07:30.
const instants = [
  '2026-11-23T15:00:00Z',
  '2026-11-29T03:00:00Z',
  '2026-12-25T15:00:00Z',
  '2026-11-23T12:30:00Z',
];
const generate = (flow: FlowDocument) =>
  generateScenarioSet(flow, { from: '+14155550123', to: '+14155550100', instants }, schedules);

describe('generated scenarios: one per distinct route, named by what happens', () => {
  it('gives the demo flow eleven, not one per key, dial result and instant', () => {
    const { scenarios, truncated } = generate(flowAt('server/src/demo/flow.json'));
    expect(truncated).toBe(false);
    expect(scenarios.map((s) => s.name)).toEqual([
      'In hours → answered by Alice and Bob',
      'In hours → no answer from Alice and Bob → voicemail, text sent',
      'In hours → no answer from Alice and Bob → voicemail, no message, text sent',
      'After hours → pressed 1 (Leave a voicemail) → voicemail, text sent',
      'After hours → pressed 1 (Leave a voicemail) → voicemail, no message, text sent',
      'After hours → pressed 2 (Our hours) → pressed 1 (Leave a voicemail) → voicemail, text sent',
      'After hours → pressed 2 (Our hours) → pressed 1 (Leave a voicemail) → voicemail, no message, text sent',
      'After hours → pressed 2 (Our hours) → no key pressed → voicemail, text sent',
      'After hours → pressed 2 (Our hours) → no key pressed → voicemail, no message, text sent',
      'After hours → no key pressed → voicemail, text sent',
      'After hours → no key pressed → voicemail, no message, text sent',
    ]);
    // The shortest way to each route: no busy line, no wrong key before the right one.
    expect(scenarios[3]?.events).toEqual([
      { type: 'DIGITS', digits: '1' },
      { type: 'RECORDING_DONE', durationSeconds: 12 },
    ]);
  });

  it.each([
    ['after-hours-auto-reply.json', 5],
    ['business-hours-menu.json', 11],
    ['holiday-closure.json', 7],
    ['menu-retry-loop.json', 10],
    ['ring-then-voicemail.json', 3],
    ['voicemail-urgent-key.json', 5],
    ['weekend-message.json', 4],
  ])('gives %s a short list of distinct names that still covers every outcome', (file, count) => {
    const flow = flowAt(`test/fixtures/flows/good/${file}`);
    const { scenarios } = generate(flow);
    const names = scenarios.map((s) => s.name);
    expect(names).toHaveLength(count);
    expect(new Set(names).size).toBe(count);
    for (const name of names) expect(name).not.toMatch(/\(\d+\)$/);
    expect(coverage(flow, scenarios, schedules).nodes.missing).toEqual([]);
  });

  it('names the holiday branch and the text it sends', () => {
    const names = generate(flowAt('test/fixtures/flows/good/holiday-closure.json')).scenarios.map(
      (s) => s.name,
    );
    expect(names).toEqual([
      'In hours → answered by Alice',
      "In hours → no answer from Alice → answered by Alice's mobile",
      "In hours → no answer from Alice → no answer from Alice's mobile → voicemail",
      "In hours → no answer from Alice → no answer from Alice's mobile → voicemail, no message",
      'After hours → voicemail',
      'After hours → voicemail, no message',
      'Holiday → Holiday message → missed, text sent',
    ]);
  });
});
