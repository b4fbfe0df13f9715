import type { PersistedCall } from '@ringflow/flow-runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendCallEvent, type Call, insertCall } from '../src/db/calls.js';
import { createNumber } from '../src/db/numbers.js';
import type { Connection } from '../src/db/sql/connection.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;

function number(e164: string) {
  return { number: e164, name: e164, flowId: null, scheduleId: null, businessName: '' };
}

function call(id: string, startedAt: string, patch: Partial<Call> = {}): Call {
  return {
    id,
    provider: 'twilio',
    providerCallId: `CA${id}`,
    from: '+14155550123',
    to: '+14155550100',
    phoneNumberId: null,
    flowId: null,
    revisionId: null,
    snapshot: null,
    step: 1,
    status: 'ended',
    outcome: 'missed',
    result: {
      outcome: 'missed',
      autoReplies: [],
      endedAt: 'bye',
      reason: null,
      path: ['start', 'ring', 'bye'],
    },
    providerStatus: 'completed',
    startedAt,
    endedAt: startedAt,
    durationSeconds: 12,
    ...patch,
  };
}

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
  });
  afterEach(() => h.close());

  describe('the call log', () => {
    beforeEach(async () => {
      await insertCall(h.db, call('c1', '2026-11-23T14:00:00.000Z'));
      await insertCall(
        h.db,
        call('c2', '2026-11-23T14:10:00.000Z', { outcome: 'answered', from: '+14155550999' }),
      );
      await insertCall(h.db, call('c3', '2026-11-23T14:20:00.000Z'));
    });

    it('lists calls newest first, without their snapshots', async () => {
      const res = await h.send('GET', '/calls');
      expect(res.status).toBe(200);
      expect(res.body.calls.map((c: Call) => c.id)).toEqual(['c3', 'c2', 'c1']);
      expect(res.body.calls[0]).not.toHaveProperty('snapshot');
      expect(res.body.calls[0]).toMatchObject({
        from: '+14155550123',
        outcome: 'missed',
        durationSeconds: 12,
      });
      expect(res.body.nextBefore).toBeNull();
    });

    it('pages with limit and before, and filters by caller and outcome', async () => {
      const page = await h.send('GET', '/calls?limit=2');
      expect(page.body.calls.map((c: Call) => c.id)).toEqual(['c3', 'c2']);
      expect(page.body.nextBefore).toBe('2026-11-23T14:10:00.000Z');
      const next = await h.send('GET', `/calls?limit=2&before=${page.body.nextBefore}`);
      expect(next.body.calls.map((c: Call) => c.id)).toEqual(['c1']);
      expect(
        (await h.send('GET', '/calls?outcome=answered')).body.calls.map((c: Call) => c.id),
      ).toEqual(['c2']);
      const from = await h.send('GET', `/calls?from=${encodeURIComponent('+14155550999')}`);
      expect(from.body.calls.map((c: Call) => c.id)).toEqual(['c2']);
    });

    it('filters by the number called, a single day or a range of days in a time zone', async () => {
      const main = await createNumber(h.db, number('+14155550100'), '2026-11-01T00:00:00.000Z');
      const sales = await createNumber(h.db, number('+14155550200'), '2026-11-01T00:00:00.000Z');
      // New York is UTC-5 in November: 23 Nov there runs 05:00Z on the 23rd to 05:00Z on the 24th.
      await insertCall(
        h.db,
        call('ny-22-late', '2026-11-23T04:30:00.000Z', { phoneNumberId: main.id }),
      );
      await insertCall(
        h.db,
        call('ny-23-early', '2026-11-23T05:00:00.000Z', { phoneNumberId: main.id }),
      );
      await insertCall(
        h.db,
        call('ny-23-late', '2026-11-24T04:59:00.000Z', { phoneNumberId: sales.id }),
      );
      await insertCall(h.db, call('ny-24', '2026-11-24T05:00:00.000Z', { phoneNumberId: main.id }));
      const ids = async (query: string) => {
        const res = await h.send('GET', `/calls?${query}`);
        expect(res.status, res.text).toBe(200);
        return res.body.calls.map((c: Call) => c.id);
      };

      expect(await ids(`numberId=${main.id}`)).toEqual(['ny-24', 'ny-23-early', 'ny-22-late']);
      expect(await ids(`numberId=${sales.id}`)).toEqual(['ny-23-late']);
      expect(await ids('day=2026-11-23&timeZone=America/New_York')).toEqual([
        'ny-23-late',
        'c3',
        'c2',
        'c1',
        'ny-23-early',
      ]);
      // Without a zone, days are UTC days.
      expect(await ids('day=2026-11-24')).toEqual(['ny-24', 'ny-23-late']);
      expect(await ids('fromDate=2026-11-24&timeZone=America/New_York')).toEqual(['ny-24']);
      expect(await ids('toDate=2026-11-22&timeZone=America/New_York')).toEqual(['ny-22-late']);
      expect(
        await ids(
          `fromDate=2026-11-22&toDate=2026-11-23&timeZone=America/New_York&numberId=${main.id}&outcome=missed`,
        ),
      ).toEqual(['ny-23-early', 'ny-22-late']);
      // A day in which the clocks change is 23 hours long, and counted so.
      await insertCall(h.db, call('dst-in', '2026-03-09T03:59:00.000Z'));
      await insertCall(h.db, call('dst-out', '2026-03-09T04:00:00.000Z'));
      expect(await ids('day=2026-03-08&timeZone=America/New_York')).toEqual(['dst-in']);
    });

    it('names each bad filter', async () => {
      const field = async (query: string) => {
        const res = await h.send('GET', `/calls?${query}`);
        expect(res.status, query).toBe(400);
        return res.body.error.fields;
      };
      expect(await field('outcome=lost')).toEqual([
        {
          path: 'outcome',
          message: 'Use one of answered, voicemail, missed, abandoned, blocked, failed, rejected',
        },
      ]);
      expect(await field('numberId=num_nope')).toEqual([
        { path: 'numberId', message: 'No phone number with id "num_nope"' },
      ]);
      expect(await field('day=2026-02-30')).toEqual([
        { path: 'day', message: 'Use a date as YYYY-MM-DD, e.g. 2026-11-23' },
      ]);
      expect((await field('fromDate=23/11/2026'))[0].path).toBe('fromDate');
      expect(await field('timeZone=Mars/Olympus')).toEqual([
        { path: 'timeZone', message: 'Use an IANA time zone, e.g. America/New_York' },
      ]);
      expect(await field('day=2026-11-23&fromDate=2026-11-20')).toEqual([
        { path: 'day', message: 'Give either day or fromDate/toDate, not both' },
      ]);
      expect(await field('fromDate=2026-11-24&toDate=2026-11-23')).toEqual([
        { path: 'toDate', message: 'Must be 2026-11-24 or later' },
      ]);
    });

    it('names a bad query parameter', async () => {
      const res = await h.send('GET', '/calls?limit=0&from=555');
      expect(res.status).toBe(400);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['limit', 'from']);
      // zod's own bounds and types in words, with what was sent.
      expect(res.body.error.fields[0]).toEqual({ path: 'limit', message: 'Must be at least 1' });
      const typed = await h.send('GET', '/calls?limit=ten');
      expect(typed.body.error.message).toBe('limit: Must be a number, not "ten"');
    });

    it('shows one call with its trace and the path from its result', async () => {
      await appendCallEvent(h.db, {
        callId: 'c1',
        step: 0,
        kind: 'webhook',
        at: '2026-11-23T14:00:00.000Z',
        data: { CallSid: 'CAc1' },
        response: null,
      });
      await appendCallEvent(h.db, {
        callId: 'c1',
        step: 0,
        kind: 'instruction',
        at: '2026-11-23T14:00:00.000Z',
        data: { type: 'dial' },
        response: '<Response/>',
      });
      const res = await h.send('GET', '/calls/c1');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: 'c1',
        path: ['start', 'ring', 'bye'],
        result: { outcome: 'missed' },
      });
      expect(res.body).not.toHaveProperty('snapshot');
      expect(res.body.events.map((e: { kind: string }) => e.kind)).toEqual([
        'webhook',
        'instruction',
      ]);
      expect(res.body.events[1]).toMatchObject({
        step: 0,
        data: { type: 'dial' },
        response: '<Response/>',
      });
    });

    it("takes a live call's path from its snapshot", async () => {
      const snapshot = {
        status: 'active',
        value: 'menu',
        context: { path: ['start', 'menu'] },
      } as unknown as PersistedCall;
      await insertCall(
        h.db,
        call('live', '2026-11-23T14:30:00.000Z', {
          status: 'active',
          outcome: null,
          result: null,
          snapshot,
        }),
      );
      expect((await h.send('GET', '/calls/live')).body).toMatchObject({
        status: 'active',
        path: ['start', 'menu'],
      });
    });

    it('answers 404 for an unknown call', async () => {
      expect((await h.send('GET', '/calls/nope')).status).toBe(404);
    });
  });
});
