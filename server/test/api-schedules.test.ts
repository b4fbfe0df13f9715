import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../src/db/sql/connection.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;

const nineToFive = [{ from: '09:00', to: '17:00' }];
const office = {
  id: 'office',
  name: 'Office',
  timeZone: 'America/New_York',
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  closures: [{ date: '2026-12-25', name: 'Christmas Day' }],
};

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
  });
  afterEach(() => h.close());

  describe('schedules', () => {
    it('creates one with defaults filled in, lists, replaces and deletes it', async () => {
      const created = await h.send('POST', '/schedules', office);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id: 'office',
        weekly: { sat: [], sun: [] },
        special: [],
      });
      expect((await h.send('GET', '/schedules')).body.schedules).toHaveLength(1);
      const { id: _id, ...body } = office;
      const replaced = await h.send('PUT', '/schedules/office', {
        ...body,
        name: 'Front office',
        weekly: { sat: nineToFive },
      });
      expect(replaced.status).toBe(200);
      expect(replaced.body).toMatchObject({
        id: 'office',
        name: 'Front office',
        weekly: { mon: [], sat: nineToFive },
      });
      expect((await h.send('GET', '/schedules/office')).body.name).toBe('Front office');
      expect((await h.send('DELETE', '/schedules/office')).status).toBe(204);
      expect((await h.send('GET', '/schedules/office')).status).toBe(404);
    });

    it('generates an id unless one is given, and refuses a taken one', async () => {
      const { id: _id, ...body } = office;
      expect((await h.send('POST', '/schedules', body)).body.id).toMatch(/^sched_/);
      await h.send('POST', '/schedules', office);
      expect((await h.send('POST', '/schedules', office)).status).toBe(409);
    });

    it('names the bad fields: an unknown zone, a malformed time', async () => {
      const res = await h.send('POST', '/schedules', {
        ...office,
        timeZone: 'Mars/Olympus',
        weekly: { mon: [{ from: '9am', to: '17:00' }] },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([
        { path: 'timeZone', message: expect.stringContaining('Unknown time zone') },
        { path: 'weekly.mon.0.from', message: 'Use HH:MM on a 24-hour clock, e.g. 09:00' },
      ]);
      const unnamed = await h.send('POST', '/schedules', { ...office, name: '', wekly: {} });
      expect(unnamed.body.error.fields).toEqual([
        { path: 'name', message: 'Give a name' },
        { path: 'wekly', message: 'Unknown field; check its spelling' },
      ]);
    });

    it('tells whether it is open at the injected clock, with the line and the next change', async () => {
      await h.send('POST', '/schedules', office);
      const open = await h.send('GET', '/schedules/office/status');
      expect(open.body).toEqual({
        at: '2026-11-23T15:00:00.000Z',
        open: true,
        reason: 'weekly',
        line: 'Open now · closes today at 17:00',
        nextChange: { at: '2026-11-23T22:00:00.000Z', open: false },
      });
      h.clock.set('2026-12-25T15:00:00Z');
      const holiday = await h.send('GET', '/schedules/office/status');
      expect(holiday.body).toMatchObject({
        open: false,
        reason: 'closure',
        closureName: 'Christmas Day',
      });
      expect(holiday.body.line).toMatch(/^Closed \(Christmas Day\) · opens /);
    });

    it('answers for another instant given as ?at=', async () => {
      await h.send('POST', '/schedules', office);
      const night = await h.send(
        'GET',
        `/schedules/office/status?at=${encodeURIComponent('2026-11-28T22:00:00-05:00')}`,
      );
      expect(night.body).toMatchObject({
        at: '2026-11-29T03:00:00.000Z',
        open: false,
        reason: 'outside-hours',
      });
      expect(
        (await h.send('GET', '/schedules/office/status?at=soon')).body.error.fields[0].path,
      ).toBe('at');
    });

    it('refuses to delete a schedule a phone number uses', async () => {
      await h.send('POST', '/schedules', office);
      await h.send('POST', '/numbers', {
        number: '+14155550100',
        name: 'Main',
        scheduleId: 'office',
      });
      const res = await h.send('DELETE', '/schedules/office');
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('number +14155550100');
    });
  });
});
