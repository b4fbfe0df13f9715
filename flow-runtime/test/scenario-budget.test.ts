import type { FlowDocument } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import {
  compileFlow,
  generateScenarioSet,
  MAX_SCENARIOS,
  searchPaths,
  validateFlow,
} from '../src/index.js';
import { buildFlow, CALL, MONDAY_10AM, SATURDAY_10PM, weekdays } from './build-flow.js';
import { chainFlow, menuTreeFlow } from './large-flows.js';

const parse = (raw: unknown) => validateFlow(raw).document as FlowDocument;
const input = { ...CALL, instants: [MONDAY_10AM, SATURDAY_10PM] };

// 2,000-node flows take a second or two here, far longer on a machine busy with other work.
describe('the path budget', { timeout: 60_000 }, () => {
  it('stops a wide menu tree at the scenario limit and says so', () => {
    const result = generateScenarioSet(parse(menuTreeFlow(2000, 12)), input, {});
    expect(result.scenarios).toHaveLength(MAX_SCENARIOS);
    expect(result.truncated).toBe(true);
    expect(result.message).toBe(`Too many paths: showing the first ${MAX_SCENARIOS}.`);
    expect(new Set(result.scenarios.map((s) => s.name)).size).toBe(MAX_SCENARIOS);
  });

  it('walks a 2,000-node chain once, whatever the instants, without truncating', () => {
    const flow = parse(chainFlow(2000));
    const result = generateScenarioSet(
      flow,
      { ...input, instants: [MONDAY_10AM, SATURDAY_10PM, MONDAY_10AM] },
      {},
    );
    expect(result).toMatchObject({ truncated: false });
    expect(result.message).toBeUndefined();
    expect(result.scenarios).toHaveLength(1);
    expect(result.scenarios[0]?.expect.outcome).toBe('failed');
  });

  it('stops when the steps run out, even before any path ends', () => {
    const machine = compileFlow(parse(chainFlow(50)));
    const search = searchPaths(machine, { call: CALL, at: MONDAY_10AM }, { maxSteps: 10 });
    expect(search).toMatchObject({ paths: [], truncated: true, steps: 10 });
  });

  it('keeps to a smaller budget it is given', () => {
    const flow = parse(menuTreeFlow(4, 3));
    const few = generateScenarioSet(flow, input, {}, { maxScenarios: 5 });
    expect(few.scenarios).toHaveLength(5);
    expect(few.message).toBe('Too many paths: showing the first 5.');
    const all = generateScenarioSet(flow, input, {});
    expect(all.truncated).toBe(false);
    expect(all.scenarios.length).toBeGreaterThan(5);
  });

  it('shares the scenarios out over the instants, so closed hours are not crowded out', () => {
    const keys = ['1', '2', '3'].map((digit) => ({ digit }));
    const flow = buildFlow(
      [
        ['in', 'incoming-call'],
        ['hours', 'business-hours', { scheduleId: 'weekdays' }],
        ['menu', 'phone-menu', { options: keys }],
        ['closed', 'play-message'],
      ],
      [
        ['in', 'next', 'hours'],
        ['hours', 'open', 'menu'],
        ['hours', 'closed', 'closed'],
      ],
    );
    const result = generateScenarioSet(flow, input, { weekdays }, { maxScenarios: 3 });
    expect(result.truncated).toBe(true);
    expect(result.scenarios.map((s) => s.at)).toEqual([MONDAY_10AM, MONDAY_10AM, SATURDAY_10PM]);
    expect(result.scenarios.at(-1)?.expect.path).toEqual(['in', 'hours', 'closed']);
  });
});
