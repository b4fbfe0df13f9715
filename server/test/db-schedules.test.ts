import { ScheduleSchema } from '@ringflow/shared';
import { describe, expect, it } from 'vitest';
import {
  createSchedule,
  deleteSchedule,
  getSchedule,
  listSchedules,
  listSchedulesByIds,
  replaceSchedule,
} from '../src/db/schedules.js';
import { databasePerTest } from './api-harness.js';
import { BACKENDS } from './support/backends.js';

const t0 = '2026-11-23T15:00:00.000Z';
const office = ScheduleSchema.parse({
  id: 'office',
  name: 'Office',
  timeZone: 'Europe/Paris',
  weekly: {
    mon: [
      { from: '09:00', to: '12:00' },
      { from: '14:00', to: '18:00' },
    ],
  },
  closures: [{ date: '2026-12-25', name: 'Noël' }],
});

describe.each(BACKENDS)('on %s', (kind) => {
  const store = databasePerTest(kind);

  describe('schedules', () => {
    it('store the whole document and give it back as it was', async () => {
      expect(await createSchedule(store.db, office, t0)).toEqual({
        ...office,
        createdAt: t0,
        updatedAt: t0,
      });
      expect(await getSchedule(store.db, 'office')).toEqual({
        ...office,
        createdAt: t0,
        updatedAt: t0,
      });
      expect((await listSchedules(store.db)).map((s) => s.id)).toEqual(['office']);
    });

    it('are looked up by ids as plain documents', async () => {
      await createSchedule(store.db, office, t0);
      await createSchedule(store.db, { ...office, id: 'night', name: 'Night' }, t0);
      expect(await listSchedulesByIds(store.db, ['office', 'nope'])).toEqual([office]);
      expect(await listSchedulesByIds(store.db, [])).toEqual([]);
    });

    it('are replaced whole and deleted', async () => {
      await createSchedule(store.db, office, t0);
      const t1 = '2026-11-24T00:00:00.000Z';
      expect(
        await replaceSchedule(store.db, { ...office, name: 'Bureau', closures: [] }, t1),
      ).toMatchObject({ name: 'Bureau', closures: [], createdAt: t0, updatedAt: t1 });
      expect(await replaceSchedule(store.db, { ...office, id: 'nope' }, t1)).toBeUndefined();
      expect(await deleteSchedule(store.db, 'office')).toBe(true);
      expect(await getSchedule(store.db, 'office')).toBeUndefined();
    });
  });
});
