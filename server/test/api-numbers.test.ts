import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, apiHarness } from './api-harness.js';

let h: ApiHarness;
beforeEach(() => {
  h = apiHarness();
});
afterEach(() => h.close());

const main = { number: '+14155550100', name: 'Main line' };

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
    const flow = (await h.send('POST', '/flows', { name: 'Main' })).body;
    const patched = await h.send('PATCH', `/numbers/${created.body.id}`, {
      flowId: flow.id,
      businessName: 'Acme',
    });
    expect(patched.body).toMatchObject({
      flowId: flow.id,
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
    expect((await h.send('PATCH', `/numbers/${other.id}`, { number: '+14155550199' })).status).toBe(
      200,
    );
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

  it('wants E.164', async () => {
    const res = await h.send('POST', '/numbers', { ...main, number: '415-555-0100' });
    expect(res.body.error.fields).toEqual([
      { path: 'number', message: 'Use international format, e.g. +14155550100' },
    ]);
  });
});
