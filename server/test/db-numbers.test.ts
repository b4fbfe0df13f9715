import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../src/api/flow-check.js';
import { createFlow } from '../src/db/flows.js';
import {
  createNumber,
  deleteNumber,
  findNumberByE164,
  getNumber,
  listNumbers,
  listNumbersUsing,
  updateNumber,
} from '../src/db/numbers.js';
import { databasePerTest } from './api-harness.js';
import { BACKENDS } from './support/backends.js';

const t0 = '2026-11-23T15:00:00.000Z';
const main = {
  number: '+14155550100',
  name: 'Main line',
  flowId: null,
  scheduleId: null,
  businessName: 'Acme',
};

describe.each(BACKENDS)('on %s', (kind) => {
  const store = databasePerTest(kind);

  describe('phone numbers', () => {
    it('are found by their E.164 number', async () => {
      const created = await createNumber(store.db, { ...main, id: 'num_main' }, t0);
      expect(created).toEqual({
        ...main,
        id: 'num_main',
        deleteProviderRecordings: false,
        createdAt: t0,
      });
      expect(await findNumberByE164(store.db, '+14155550100')).toEqual(created);
      expect(await findNumberByE164(store.db, '+14155550101')).toBeUndefined();
    });

    it('are unique', async () => {
      await createNumber(store.db, main, t0);
      await expect(createNumber(store.db, main, t0)).rejects.toThrow(/unique/i);
    });

    it('point at a flow, and say which numbers use a flow', async () => {
      const flow = await createFlow(store.db, { draft: emptyDocument('Main'), userId: null }, t0);
      const n = await createNumber(store.db, main, t0);
      expect(await updateNumber(store.db, n.id, { flowId: flow.id })).toMatchObject({
        flowId: flow.id,
        name: 'Main line',
        businessName: 'Acme',
      });
      expect((await listNumbersUsing(store.db, { flowId: flow.id })).map((x) => x.id)).toEqual([
        n.id,
      ]);
      expect(await listNumbersUsing(store.db, { flowId: 'other' })).toEqual([]);
      expect(await updateNumber(store.db, 'nope', { name: 'x' })).toBeUndefined();
    });

    it('are listed and deleted', async () => {
      const n = await createNumber(store.db, main, t0);
      await createNumber(store.db, { ...main, number: '+14155550001' }, t0);
      expect((await listNumbers(store.db)).map((x) => x.number)).toEqual([
        '+14155550001',
        '+14155550100',
      ]);
      expect(await deleteNumber(store.db, n.id)).toBe(true);
      expect(await getNumber(store.db, n.id)).toBeUndefined();
    });
  });
});
