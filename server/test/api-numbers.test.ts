import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { createNumber } from '../src/db/numbers.js';
import type { Connection } from '../src/db/sql/connection.js';
import { ringFlow } from './api-fixtures.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;

const main = { number: '+14155550100', name: 'Main line' };

/** A flow that can ring Alice, published `times` times (0: a draft only). */
async function flow(name: string, times = 1): Promise<string> {
  if (!(await h.send('GET', '/members/alice')).body.id)
    await h.send('POST', '/members', { id: 'alice', name: 'Alice', addresses: ['+14155550101'] });
  const id = (await h.send('POST', '/flows', { name, document: { ...ringFlow('alice'), name } }))
    .body.id;
  for (let i = 0; i < times; i++) {
    expect((await h.send('POST', `/flows/${id}/publish`, {})).status).toBe(201);
  }
  return id;
}

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ publicBaseUrl: 'https://ringflow.example.com', postgres });
  });
  afterEach(() => h.close());

  describe('phone numbers', () => {
    it('adds a number with defaults, points it at a flow, and removes it', async () => {
      const created = await h.send('POST', '/numbers', main);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ...main,
        flowId: null,
        scheduleId: null,
        businessName: '',
        deleteProviderRecordings: false,
      });
      const flowId = await flow('Main');
      const patched = await h.send('PATCH', `/numbers/${created.body.id}`, {
        flowId,
        businessName: 'Acme',
      });
      expect(patched.body).toMatchObject({
        flowId,
        businessName: 'Acme',
        name: 'Main line',
      });
      expect((await h.send('GET', '/numbers')).body.numbers).toHaveLength(1);
      expect((await h.send('DELETE', `/numbers/${created.body.id}`)).status).toBe(204);
      expect((await h.send('GET', `/numbers/${created.body.id}`)).status).toBe(404);
    });

    it('refuses a number that is already in Ringflow with 409', async () => {
      await h.send('POST', '/numbers', main);
      const dup = await h.send('POST', '/numbers', { ...main, name: 'Again' });
      expect(dup.status).toBe(409);
      expect(dup.body.error).toEqual({
        code: 'conflict',
        message: '+14155550100 is already in Ringflow ("Main line")',
      });
      const other = (await h.send('POST', '/numbers', { number: '+14155550199', name: 'Other' }))
        .body;
      expect((await h.send('PATCH', `/numbers/${other.id}`, { number: main.number })).status).toBe(
        409,
      );
      expect(
        (await h.send('PATCH', `/numbers/${other.id}`, { number: '+14155550199' })).status,
      ).toBe(200);
    });

    it('names a flow or schedule that does not exist as a bad field', async () => {
      const res = await h.send('POST', '/numbers', { ...main, flowId: 'flow_nope' });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([
        { path: 'flowId', message: 'No flow with id "flow_nope"' },
      ]);
      const sched = await h.send('POST', '/numbers', { ...main, scheduleId: 'nope' });
      expect(sched.body.error.fields[0].path).toBe('scheduleId');
    });

    it('refuses to point a number at a flow with no published revision, on create and on change', async () => {
      const draft = await flow('Sales', 0);
      const refusal = {
        path: 'flowId',
        message:
          '"Sales" is not published yet: publish it in the designer first, so it can answer calls',
      };
      const created = await h.send('POST', '/numbers', { ...main, flowId: draft });
      expect(created.status).toBe(400);
      expect(created.body.error.fields).toEqual([refusal]);
      expect(created.body.error.message).toMatch(/^flowId: "Sales" is not published yet/);
      expect((await h.send('GET', '/numbers')).body.numbers).toEqual([]);

      const live = await flow('Main');
      const id = (await h.send('POST', '/numbers', { ...main, flowId: live })).body.id;
      const changed = await h.send('PATCH', `/numbers/${id}`, { flowId: draft });
      expect(changed.status).toBe(400);
      expect(changed.body.error.fields).toEqual([refusal]);
      expect((await h.send('GET', `/numbers/${id}`)).body.flowId).toBe(live);

      // "No flow" stays allowed: the admin chose to take the number off the air.
      const none = await h.send('PATCH', `/numbers/${id}`, { flowId: null });
      expect(none.status).toBe(200);
      expect(none.body.flowId).toBeNull();
      // Once published, the same flow is accepted.
      await h.send('POST', `/flows/${draft}/publish`, {});
      expect((await h.send('PATCH', `/numbers/${id}`, { flowId: draft })).body.flowId).toBe(draft);
    });

    it('keeps an earlier pointer at a draft when other fields change, and says it does not answer', async () => {
      // Numbers stored before the rule may point at a draft: renaming them is not refused.
      const draft = await flow('Sales', 0);
      const id = (
        await createNumber(
          h.db,
          { ...main, flowId: draft, scheduleId: null, businessName: '' },
          '2026-11-23T15:00:00.000Z',
        )
      ).id;
      const renamed = await h.send('PATCH', `/numbers/${id}`, { name: 'Renamed', flowId: draft });
      expect(renamed.status).toBe(200);
      const setup = await h.send('GET', `/numbers/${id}/setup`);
      expect(setup.body).toMatchObject({
        flow: { id: draft, name: 'Sales', publishedRevision: null },
        answering: false,
      });
    });

    it("shows the flow and revision that answer, and Twilio's webhook addresses", async () => {
      const flowId = await flow('Main', 2);
      const id = (await h.send('POST', '/numbers', { ...main, flowId })).body.id;
      const setup = await h.send('GET', `/numbers/${id}/setup`);
      expect(setup.status).toBe(200);
      expect(setup.body).toEqual({
        flow: {
          id: flowId,
          name: 'Main',
          publishedRevision: {
            id: expect.any(String),
            number: 2,
            message: '',
            createdAt: '2026-11-23T15:00:00.000Z',
            author: { id: expect.any(String), name: 'owner' },
          },
        },
        answering: true,
        webhooks: {
          voiceUrl: 'https://ringflow.example.com/webhooks/twilio/voice',
          statusCallbackUrl: 'https://ringflow.example.com/webhooks/twilio/status',
          messagingUrl: 'https://ringflow.example.com/webhooks/twilio/sms',
        },
      });
      // The addresses are Twilio's real routes: unsigned posts are refused there, not missing.
      const server = createApp(h.deps);
      for (const url of Object.values(setup.body.webhooks) as string[]) {
        const res = await server.request(new URL(url).pathname, { method: 'POST' });
        expect(res.status, url).toBe(403);
      }
      await h.send('PATCH', `/numbers/${id}`, { flowId: null });
      expect((await h.send('GET', `/numbers/${id}/setup`)).body).toMatchObject({
        flow: null,
        answering: false,
      });
      expect((await h.send('GET', '/numbers/nope/setup')).status).toBe(404);
    });

    it('deletes recordings at the provider only when asked, and can be switched', async () => {
      const created = await h.send('POST', '/numbers', { ...main, deleteProviderRecordings: true });
      expect(created.body.deleteProviderRecordings).toBe(true);
      const off = await h.send('PATCH', `/numbers/${created.body.id}`, {
        deleteProviderRecordings: false,
      });
      expect(off.body.deleteProviderRecordings).toBe(false);
      const renamed = await h.send('PATCH', `/numbers/${created.body.id}`, { name: 'Renamed' });
      expect(renamed.body.deleteProviderRecordings).toBe(false);
      const bad = await h.send('PATCH', `/numbers/${created.body.id}`, {
        deleteProviderRecordings: 'yes',
      });
      expect(bad.body.error.fields[0].path).toBe('deleteProviderRecordings');
    });

    it('wants E.164, or a number the national format makes one of', async () => {
      const res = await h.send('POST', '/numbers', { ...main, number: '555-0100' });
      expect(res.body.error.fields).toEqual([
        { path: 'number', message: 'Use international format, e.g. +14155550100' },
      ]);
    });
  });
});
