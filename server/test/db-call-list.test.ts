import { afterEach, beforeEach, expect, it } from 'vitest';
import { type CallListQuery, listCalls } from '../src/db/calls.js';
import { tempDatabase } from './api-harness.js';

/**
 * The call log grows with every call, and SQLite answers on the event loop
 * that answers webhooks: a filter that matches few calls must not read them
 * all. What SQLite plans for each statement `listCalls` prepares is checked,
 * with the parameters it bound.
 */
let store: ReturnType<typeof tempDatabase>;
let prepared: string[];
beforeEach(() => {
  store = tempDatabase();
  prepared = [];
  const prepare = store.db.prepare.bind(store.db);
  store.db.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as typeof store.db.prepare;
});
afterEach(() => store.close());

/** The plan of the statement `query` made listCalls prepare. */
async function planOf(query: CallListQuery): Promise<string[]> {
  await listCalls(store.db, query);
  const sql = prepared.findLast((text) => text.includes('FROM calls'));
  if (!sql) throw new Error('listCalls prepared no statement on calls');
  const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
  return (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map(
    (row) => row.detail,
  );
}

it.each([
  ['one number', { limit: 50, numberId: 'num_x' }, 'calls_number'],
  [
    'one number over a range of days',
    {
      limit: 50,
      numberId: 'num_x',
      since: '2026-12-01T05:00:00.000Z',
      until: '2026-12-02T05:00:00.000Z',
    },
    'calls_number',
  ],
  ['one caller', { limit: 50, from: '+14155551234' }, 'calls_from'],
  ['a page before an instant', { limit: 50, before: '2026-12-01T00:00:00.000Z' }, 'calls_started'],
] as const)(
  'reads the calls of %s through an index, not the whole log',
  async (_, query, index) => {
    const plan = await planOf(query);
    expect(plan.join('\n')).toContain(`USING INDEX ${index}`);
    expect(plan.filter((step) => /^SCAN calls\b/.test(step))).toEqual([]);
  },
);
