/**
 * @module
 * A micro-benchmark of the pure runtime, in process: validate + compile of
 * generated flows, path enumeration of the largest good fixture, and
 * `isOpenAt`. It prints figures; it asserts nothing (targets live here, not
 * in timed tests). `pnpm bench` runs the same work among its other parts.
 *
 * Run: server/node_modules/.bin/tsx flow-runtime/bench/runtime.ts
 */
import { isOpenAt, type Schedule, ScheduleSchema } from '@ringflow/shared';
import { fixtureFlows, fixtureSchedules } from '../../test/flows/load-fixtures.js';
import { compileFlow, searchPaths, validateFlow } from '../src/index.js';
import { chainFlow, menuTreeFlow } from '../test/large-flows.js';

/**
 * Median wall and CPU milliseconds of `runs` runs of `work`, after two
 * warm-ups. CPU time (this process's own counters) moves less than wall time
 * when the machine is busy with other work.
 */
function medianMs(runs: number, work: () => void): { wall: number; cpu: number } {
  work();
  work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    work();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) =>
    xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return { wall: median(wall), cpu: median(cpu) };
}

const ms = (m: { wall: number; cpu: number }) =>
  `${m.wall.toFixed(1)} ms wall, ${m.cpu.toFixed(1)} ms CPU`;

const rows: [string, string][] = [];
const row = (name: string, figure: string) => {
  rows.push([name, figure]);
  console.log(`${name.padEnd(52)} ${figure}`);
};

for (const size of [100, 1000, 2000]) {
  for (const [shape, make] of [
    ['chain', () => chainFlow(size)],
    ['menu tree (4 keys)', () => menuTreeFlow(size, 4)],
  ] as const) {
    const input = make();
    const figure = medianMs(size > 1000 ? 7 : 11, () => {
      const { document } = validateFlow(input);
      if (!document) throw new Error('generated flow did not parse');
      compileFlow(document);
    });
    row(`validate + compile, ${shape}, ${size} nodes`, ms(figure));
  }
}

// The largest good fixture, by node count: every path through it, hang-ups included.
const schedules = Object.fromEntries(fixtureSchedules.map((s) => [s.id, ScheduleSchema.parse(s)]));
const largest = fixtureFlows('good')
  .map(({ name, document }) => ({ name, flow: validateFlow(document).document }))
  .sort((a, b) => (b.flow?.nodes.length ?? 0) - (a.flow?.nodes.length ?? 0))[0];
if (largest?.flow) {
  const machine = compileFlow(largest.flow);
  const input = {
    call: { from: '+14155550123', to: '+14155550100' },
    at: '2026-11-23T15:00:00Z',
    schedules,
  };
  let found = 0;
  let steps = 0;
  const figure = medianMs(11, () => {
    const search = searchPaths(machine, input, { hangUps: true });
    found = search.paths.length;
    steps = search.steps;
  });
  row(
    `paths, ${largest.name} (${largest.flow.nodes.length} nodes: ${found} paths, ${steps} steps)`,
    ms(figure),
  );
}

const schedule: Schedule = ScheduleSchema.parse({
  id: 'office',
  name: 'Office hours',
  timeZone: 'America/New_York',
  weekly: {
    mon: [
      { from: '09:00', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ],
    tue: [{ from: '09:00', to: '17:00' }],
    wed: [{ from: '09:00', to: '17:00' }],
    thu: [{ from: '09:00', to: '17:00' }],
    fri: [{ from: '22:00', to: '06:00' }],
    sat: [],
    sun: [],
  },
  closures: [{ date: '2026-12-25', name: 'Christmas Day' }],
  special: [
    { date: '2026-12-24', name: 'Christmas Eve', intervals: [{ from: '09:00', to: '13:00' }] },
  ],
});
const start = Date.UTC(2026, 0, 1);
const calls = 200_000;
let open = 0;
const isOpen = medianMs(5, () => {
  for (let i = 0; i < calls; i++) {
    if (isOpenAt(schedule, new Date(start + i * 157_000))) open += 1;
  }
});
row(
  `isOpenAt, per call (1 year of instants, New York, ${Math.round((100 * open) / (calls * 7))}% open)`,
  `${((isOpen.wall * 1000) / calls).toFixed(2)} µs wall, ${((isOpen.cpu * 1000) / calls).toFixed(2)} µs CPU`,
);
