import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CallListQuery, listCalls } from '../src/db/calls.js';
import { contactFacts } from '../src/db/messages.js';
import { tempDatabase } from './api-harness.js';
import { planOf, recordStatements } from './support/query-plans.js';

/**
 * The call log grows with every call, and SQLite answers on the event loop
 * that answers webhooks: a statement looking for a few calls must not read
 * them all. What SQLite plans is checked for each statement the code runs,
 * with the parameters it bound. Plans are made without statistics
 * (Ringflow never runs ANALYZE on SQLite), as on a production database.
 */
let store: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  store = tempDatabase();
});
afterEach(() => store.close());

/** The plan of each statement on `table` that `work` ran, bound with `params`. */
async function plansOf(
  table: string,
  params: Record<string, unknown>,
  work: () => Promise<unknown>,
): Promise<string[][]> {
  const recording = recordStatements(store.db);
  try {
    await work();
  } finally {
    recording.stop();
  }
  const texts = [...recording.sources].filter((sql) =>
    new RegExp(`\\b(FROM|JOIN) ${table}\\b`).test(sql),
  );
  if (texts.length === 0) throw new Error(`nothing was run on ${table}`);
  return texts.map((sql) => planOf(store.db, sql, params));
}

describe('the call log', () => {
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
    [
      'a page before an instant',
      { limit: 50, before: '2026-12-01T00:00:00.000Z' },
      'calls_started',
    ],
  ] as const)(
    'reads the calls of %s through an index, not the whole log',
    async (_, query, index) => {
      const [plan] = await plansOf('calls', query, () =>
        listCalls(store.db, query as CallListQuery),
      );
      expect(plan?.join('\n')).toContain(`USING INDEX ${index}`);
      expect(plan?.filter((step) => /^SCAN calls\b/.test(step))).toEqual([]);
    },
  );
});

describe('what an auto-reply knows of a contact', () => {
  it("reads only the contact's own calls, not every call to the number", async () => {
    const ref = {
      numberId: 'num_x',
      contact: '+14155551234',
      since: '2026-12-01T00:00:00.000Z',
      now: '2026-12-02T00:00:00.000Z',
      excludeCallId: 'call_x',
    };
    const params = { ...ref, messageId: '', callId: 'call_x' };
    const plans = await plansOf('calls', params, () => contactFacts(store.db, ref));
    for (const plan of plans) {
      expect(plan.join('\n')).toMatch(/SEARCH calls USING INDEX calls_from \(from_number=\?/);
    }
  });
});
