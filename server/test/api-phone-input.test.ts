/** Numbers typed in the national format, where the admin API takes a phone number. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, apiHarness } from './api-harness.js';

let h: ApiHarness;
beforeEach(async () => {
  h = await apiHarness();
});
afterEach(() => h.close());

describe('phone numbers typed as people write them', () => {
  it('stores a number added or changed in the national format in E.164', async () => {
    const created = await h.send('POST', '/numbers', { number: '(415) 555-0100', name: 'Main' });
    expect(created.status).toBe(201);
    expect(created.body.number).toBe('+14155550100');
    const patched = await h.send('PATCH', `/numbers/${created.body.id}`, {
      number: '415.555.0109',
    });
    expect(patched.body.number).toBe('+14155550109');
  });

  it('still refuses what is not a number, naming the field', async () => {
    for (const number of ['555-01', '1-800-FLOWERS', '']) {
      const res = await h.send('POST', '/numbers', { number, name: 'Main' });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([
        { path: 'number', message: 'Use international format, e.g. +14155550100' },
      ]);
    }
  });

  it('texts the normalised number when "to" is typed in the national format', async () => {
    const number = (await h.send('POST', '/numbers', { number: '+14155550100', name: 'Main' }))
      .body;
    const sent = await h.send('POST', `/numbers/${number.id}/messages`, {
      to: '(415) 555-0123',
      body: 'Hi',
    });
    expect(sent.status).toBe(201);
    expect(sent.body.contact).toBe('+14155550123');
    const bad = await h.send('POST', `/numbers/${number.id}/messages`, { to: '555', body: 'Hi' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('to');
  });
});
