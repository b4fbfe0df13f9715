/**
 * @module
 * The bench's figures that need no server: flow-runtime's validate + compile
 * on generated flows, path enumeration on the largest good fixture, the
 * schedule check every webhook makes, and auto-reply decisions against a real
 * SQLite file holding a long contact history. Each is timed in this process
 * after a warm-up run, as the median of several, because the first run pays
 * for loading and compiling the code, not for the work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFlow, enumeratePaths, validateFlow } from '@ringflow/flow-runtime';
import { type FlowDocument, isOpenAt, type Schedule, ScheduleSchema } from '@ringflow/shared';
import { chainFlow, menuTreeFlow } from '../../flow-runtime/test/large-flows.js';
import { fixtureFlows, fixtureSchedules } from '../../test/flows/load-fixtures.js';
import { decideForText } from '../src/auto-replies/decide.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { insertMessage } from '../src/db/messages.js';
import { findNumberByE164 } from '../src/db/numbers.js';
import { transaction } from '../src/db/sql/connection.js';
import { DEMO_NUMBER } from '../src/demo/credentials.js';
import { seedDemo } from '../src/demo/seed.js';
import { memoryLogger } from '../src/logger.js';

/** Median milliseconds of `runs` runs of `work`, after one run to warm up. */
function medianMs(work: () => void, runs: number): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export interface CompileFigure {
  shape: 'chain' | 'menu tree';
  nodes: number;
  ms: number;
}

/**
 * Validate + compile of generated flows: a chain of messages and a tree of
 * 4-key menus, each of `sizes` nodes.
 */
export function validateAndCompile(sizes: number[], runs: number): CompileFigure[] {
  const figures: CompileFigure[] = [];
  for (const nodes of sizes) {
    for (const [shape, raw] of [
      ['chain', chainFlow(nodes)],
      ['menu tree', menuTreeFlow(nodes, 4)],
    ] as const) {
      const ms = medianMs(() => {
        const { document } = validateFlow(raw);
        if (!document) throw new Error(`the generated ${shape} of ${nodes} does not validate`);
        compileFlow(document);
      }, runs);
      figures.push({ shape, nodes, ms });
    }
  }
  return figures;
}

const schedules: Record<string, Schedule> = Object.fromEntries(
  fixtureSchedules.map((s) => [s.id, ScheduleSchema.parse(s)]),
);

/** Every path through the good fixture with the most nodes, at a weekday morning in New York. */
export function pathEnumeration(runs: number): {
  fixture: string;
  nodes: number;
  paths: number;
  ms: number;
} {
  const largest = fixtureFlows('good')
    .map(({ name, document }) => ({ name, flow: validateFlow(document).document as FlowDocument }))
    .sort((a, b) => b.flow.nodes.length - a.flow.nodes.length)[0];
  if (!largest) throw new Error('no good fixture flows');
  const machine = compileFlow(largest.flow);
  const input = {
    call: { from: '+14155550123', to: '+14155550100' },
    at: '2026-11-23T15:00:00Z',
    schedules,
  };
  let paths = 0;
  const ms = medianMs(() => {
    paths = enumeratePaths(machine, input).length;
  }, runs);
  return { fixture: largest.name, nodes: largest.flow.nodes.length, paths, ms };
}

/**
 * Microseconds per `isOpenAt` call on the fixture schedules, over instants
 * spread across a year, calling it for about `seconds` (after a warm-up);
 * with the share of them open, so the work is used.
 */
export function isOpenAtMicros(seconds: number): {
  micros: number;
  calls: number;
  openShare: number;
} {
  const list = Object.values(schedules);
  const start = Date.parse('2026-01-01T00:00:00Z');
  const instants = Array.from({ length: 1000 }, (_, i) => new Date(start + i * 8_761_000 * 3.6));
  let open = 0;
  let calls = 0;
  const batch = () => {
    for (let i = 0; i < 100; i++, calls++) {
      if (
        isOpenAt(list[calls % list.length] as Schedule, instants[calls % instants.length] as Date)
      )
        open++;
    }
  };
  const run = (ms: number) => {
    const began = performance.now();
    while (performance.now() - began < ms) batch();
    return performance.now() - began;
  };
  run(Math.min(200, seconds * 200));
  open = 0;
  calls = 0;
  const ms = run(seconds * 1000);
  return { micros: (ms * 1000) / calls, calls, openShare: open / calls };
}

/**
 * Auto-reply decisions on incoming texts from one contact who already has
 * `history` messages with the demo line, each stored and decided in one
 * transaction as the text webhook does, on a real SQLite file. Saturday night:
 * the demo's after-hours rule applies, so the guards read the history.
 */
export async function autoReplyDecisions(history: number, decisions: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringflow-bench-decide-'));
  const config = loadConfig({
    RINGFLOW_DATA_DIR: dataDir,
    PUBLIC_BASE_URL: 'https://bench.example.com',
  });
  const clock = manualClock('2026-11-28T23:00:00Z');
  const db = openDatabase(config.databaseFile);
  try {
    await seedDemo({ db, clock, config, log: memoryLogger() });
    const number = await findNumberByE164(db, DEMO_NUMBER);
    if (!number) throw new Error('the demo number was not seeded');
    const contact = '+14155557777';
    const base = Date.parse('2026-06-01T00:00:00Z');
    const message = (i: number, at: number, direction: 'in' | 'out') => ({
      numberId: number.id,
      direction,
      author: direction === 'in' ? ('contact' as const) : ('team' as const),
      contact,
      business: number.number,
      body: `Message ${i}`,
      providerMessageId: `SMbench${i}`,
      status: direction === 'in' ? ('received' as const) : ('sent' as const),
      at: new Date(at).toISOString(),
    });
    // Spread over the half year before, one in three from the team.
    const span = Date.parse('2026-11-28T22:00:00Z') - base;
    await transaction(db, async () => {
      for (let i = 0; i < history; i++) {
        await insertMessage(
          db,
          message(i, base + Math.floor((i / history) * span), i % 3 === 0 ? 'out' : 'in'),
        );
      }
    });
    const decide = async (i: number) =>
      await transaction(db, async () => {
        const at = Date.parse('2026-11-28T23:00:00Z') + i * 1000;
        const stored = (await insertMessage(db, message(history + i, at, 'in'))).message;
        return (await decideForText(db, number, stored)).length;
      });
    await decide(0);
    const start = performance.now();
    let decided = 0;
    for (let i = 1; i <= decisions; i++) decided += await decide(i);
    const seconds = (performance.now() - start) / 1000;
    return {
      history,
      decisions,
      decided,
      perSecond: decisions / seconds,
      msEach: (seconds * 1000) / decisions,
    };
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
