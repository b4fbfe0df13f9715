/** Each flow names the phone numbers whose calls run it, in the list and on its own. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../src/db/sql/connection.js';
import { ringFlow } from './api-fixtures.js';
import { type ApiHarness, apiHarness } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

let h: ApiHarness<Connection>;

async function publishedFlow(name: string): Promise<string> {
  const id = (await h.send('POST', '/flows', { name, document: ringFlow('alice') })).body.id;
  expect((await h.send('POST', `/flows/${id}/publish`, { message: 'v1' })).status).toBe(201);
  return id;
}

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
    await h.send('POST', '/members', { id: 'alice', name: 'Alice', addresses: ['+14155550101'] });
  });
  afterEach(() => h.close());

  describe('the numbers a flow answers', () => {
    it('are listed with each flow, by number, and none for a flow no number runs', async () => {
      const main = await publishedFlow('Main');
      const spare = await publishedFlow('Spare');
      const sales = await h.send('POST', '/numbers', {
        number: '+14155550200',
        name: 'Sales',
        flowId: main,
      });
      const front = await h.send('POST', '/numbers', {
        number: '+14155550100',
        name: 'Front desk',
        flowId: main,
      });
      const list = (await h.send('GET', '/flows')).body.flows as { id: string; numbers: unknown }[];
      expect(list.find((f) => f.id === main)?.numbers).toEqual([
        { id: front.body.id, number: '+14155550100', name: 'Front desk' },
        { id: sales.body.id, number: '+14155550200', name: 'Sales' },
      ]);
      expect(list.find((f) => f.id === spare)?.numbers).toEqual([]);

      expect((await h.send('GET', `/flows/${main}`)).body.numbers).toHaveLength(2);
      await h.send('PATCH', `/numbers/${sales.body.id}`, { flowId: spare });
      expect((await h.send('GET', `/flows/${spare}`)).body.numbers).toEqual([
        { id: sales.body.id, number: '+14155550200', name: 'Sales' },
      ]);
      expect((await h.send('GET', `/flows/${main}`)).body.numbers).toEqual([
        { id: front.body.id, number: '+14155550100', name: 'Front desk' },
      ]);
    });
  });
});
