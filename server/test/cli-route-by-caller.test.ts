import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'ringflow-cli-caller-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const node = (id: string, type: string, data: object, x: number) => ({
  id,
  type,
  position: { x, y: 0 },
  data,
});
const flowFile = join(dir, 'by-caller.json');
writeFileSync(
  flowFile,
  JSON.stringify({
    schemaVersion: 1,
    name: 'By caller',
    nodes: [
      node('in', 'incoming-call', {}, 0),
      node(
        'who',
        'route-by-caller',
        {
          label: 'Who is it',
          rules: [
            {
              id: 'vip',
              name: 'VIP list',
              match: { type: 'numbers', numbers: ['+14155550111'] },
            },
            { id: 'spam', name: 'Spam', match: { type: 'withheld' } },
          ],
        },
        300,
      ),
      node('hello', 'play-message', { label: 'VIP hello' }, 600),
      node('bye', 'hang-up', {}, 900),
      node('block', 'hang-up', { label: 'Block', block: true }, 600),
    ],
    edges: [
      { id: 'e1', source: 'in', sourceHandle: 'next', target: 'who' },
      { id: 'e2', source: 'who', sourceHandle: 'vip', target: 'hello' },
      { id: 'e3', source: 'who', sourceHandle: 'spam', target: 'block' },
      { id: 'e4', source: 'who', sourceHandle: 'other', target: 'hello' },
      { id: 'e5', source: 'hello', sourceHandle: 'next', target: 'bye' },
    ],
  }),
);

/** The lines `ringflow simulate` prints for a call from `from`; `events` '' for a call that ends at once. */
function simulate(from: string, events = 'played'): string[] {
  const out: string[] = [];
  const at = ['--at', '2026-11-23T10:00:00-05:00'];
  run(
    ['simulate', flowFile, ...at, '--from', from, '--events', events],
    (l) => out.push(l),
    () => {},
  );
  return out;
}

describe('ringflow simulate, a step that routes by the caller', () => {
  it('says which rule the caller matched and why, and the outcome it left by', () => {
    expect(simulate('+14155550111')).toContain(
      '  2. [+0 s] Route by caller "Who is it": VIP list: +14155550111 is listed → VIP list (+14155550111)',
    );
    expect(simulate('anonymous')).toContain(
      '  2. [+0 s] Route by caller "Who is it": Spam: the number is withheld → Spam (Withheld number)',
    );
  });

  it('ends a caller sent to a blocking hang-up as blocked, with no text, and anyone else as missed', () => {
    expect(simulate('anonymous', '')).toContain(
      'Outcome: blocked; no auto-reply: a blocked caller gets none',
    );
    expect(simulate('+14155550111')).toContain(
      'Outcome: missed; no auto-reply: no auto-reply step and no missed-call rule',
    );
  });

  it('says when no rule matches, and names that outcome although a rule leads to the same step', () => {
    expect(simulate('+442079460958')).toContain(
      '  2. [+0 s] Route by caller "Who is it": anyone else: +442079460958 matches no rule → Anyone else',
    );
  });
});
