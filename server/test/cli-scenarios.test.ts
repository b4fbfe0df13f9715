import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateScenarios, validateFlow } from '@ringflow/flow-runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const flow = `${root}test/fixtures/flows/good/ring-then-voicemail.json`;
const schedules = `${root}test/fixtures/schedules.json`;
const dir = mkdtempSync(join(tmpdir(), 'ringflow-scenarios-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ringflow scenarios', () => {
  it('prints PASS for each passing scenario and exits 0', () => {
    const document = validateFlow(JSON.parse(readFileSync(flow, 'utf8'))).document;
    if (!document) throw new Error('fixture is not a flow');
    const scenarios = generateScenarios(
      document,
      { from: '+14155550123', to: '', instants: ['2026-11-23T15:00:00Z'] },
      {},
    );
    const path = file('all.json', { scenarios });
    const r = cli('scenarios', flow, path, '--schedules', schedules);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => l.startsWith('PASS '))).toHaveLength(scenarios.length);
    expect(r.out).toMatch(new RegExp(`${scenarios.length} passed, 0 failed$`));

    const single = file('one.json', scenarios[0]);
    expect(cli('scenarios', flow, single).out).toMatch(/^PASS .*\n1 passed, 0 failed$/);
  });

  it('prints FAIL with the first difference and exits 1', () => {
    const wrong = file('wrong.json', [
      {
        name: 'Expects a hang-up at once',
        from: '+14155550123',
        at: '2026-11-23T15:00:00Z',
        events: [],
        expect: { path: ['nowhere'], outcome: 'missed', autoReplies: [] },
      },
    ]);
    const r = cli('scenarios', flow, wrong);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^FAIL Expects a hang-up at once: Step 1: expected "nowhere", reached "/m,
    );
    expect(r.out).toMatch(/0 passed, 1 failed$/);
  });

  it('exits 2 naming the file and field of a bad scenario', () => {
    const bad = file('bad.json', [
      {
        name: 'Bad digits',
        from: '+14155550123',
        at: '2026-11-23T15:00:00Z',
        events: [{ type: 'DIGITS', digits: 'x' }],
        expect: { path: [], outcome: null, autoReplies: [] },
      },
    ]);
    const r = cli('scenarios', flow, bad);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${bad}: scenario 1, events.0.digits: Use 1-20 keys: 0-9, * or #`);
    const notJson = file('broken.json', '{');
    expect(cli('scenarios', flow, notJson).code).toBe(2);
    expect(cli('scenarios').err).toMatch(/^Usage: ringflow scenarios/);
    const alone = file('alone.ringflow.json', readFileSync(flow, 'utf8'));
    const none = cli('scenarios', alone);
    expect(none.code).toBe(2);
    expect(none.err).toContain(`No scenario files given and ${join(dir, 'alone.scenarios.json')}`);
  });

  it('reads the scenarios exported next to the flow when no file is named', () => {
    const office = file('office.ringflow.json', readFileSync(flow, 'utf8'));
    file('office.scenarios.json', {
      scenarios: [
        {
          name: 'Starts ringing',
          from: '+14155550123',
          at: '2026-11-23T15:00:00Z',
          events: [],
          expect: { path: ['nowhere'], outcome: null, autoReplies: [] },
        },
      ],
    });
    const r = cli('scenarios', office);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^FAIL Starts ringing: /);
  });
});
