import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendCallEvent, insertCall } from '../src/db/calls.js';
import type { Connection } from '../src/db/sql/connection.js';
import { ringFlow } from './api-fixtures.js';
import { type ApiHarness, apiHarness, MONDAY_10AM } from './api-harness.js';
import { BACKENDS, serverDatabase } from './support/backends.js';

/** Ring Alice, then voicemail. */
function voicemailFlow() {
  const flow = ringFlow('alice');
  return {
    ...flow,
    nodes: [...flow.nodes, { id: 'vm', type: 'voicemail', position: { x: 0, y: 200 }, data: {} }],
    edges: [...flow.edges, { id: 'e2', source: 'ring', sourceHandle: 'no-answer', target: 'vm' }],
  };
}

const answered = {
  name: 'Alice answers',
  from: '+14155550123',
  at: MONDAY_10AM,
  events: [{ type: 'DIAL_RESULT', status: 'answered', afterSeconds: 5 }],
  expect: { path: ['start', 'ring'], outcome: 'answered', autoReplies: [] },
};
const voicemail = {
  name: 'No answer, message left',
  from: '+14155550123',
  at: MONDAY_10AM,
  events: [
    { type: 'DIAL_RESULT', status: 'no-answer', afterSeconds: 25 },
    { type: 'RECORDING_DONE', durationSeconds: 12 },
  ],
  expect: { path: ['start', 'ring', 'vm'], outcome: 'voicemail', autoReplies: [] },
};

let h: ApiHarness<Connection>;
let flowId: string;

describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);
  beforeEach(async () => {
    h = await apiHarness({ postgres });
    await h.send('POST', '/members', { id: 'alice', name: 'Alice', addresses: ['+14155550101'] });
    flowId = (await h.send('POST', '/flows', { name: 'Main', document: voicemailFlow() })).body.id;
  });
  afterEach(() => h.close());

  describe('scenarios API', () => {
    it('creates, lists, replaces and deletes scenarios', async () => {
      const created = await h.send('POST', `/flows/${flowId}/scenarios`, answered);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...answered, to: '' });
      const id = created.body.id as string;
      expect(id).toMatch(/^scn_/);

      const listed = await h.send('GET', `/flows/${flowId}/scenarios`);
      expect(listed.body.scenarios).toEqual([created.body]);

      const renamed = await h.send('PUT', `/flows/${flowId}/scenarios/${id}`, {
        ...answered,
        name: 'Renamed',
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ id, name: 'Renamed' });

      expect((await h.send('DELETE', `/flows/${flowId}/scenarios/${id}`)).status).toBe(204);
      expect((await h.send('GET', `/flows/${flowId}/scenarios`)).body.scenarios).toEqual([]);
      expect((await h.send('DELETE', `/flows/${flowId}/scenarios/${id}`)).status).toBe(404);
      expect((await h.send('GET', '/flows/nope/scenarios')).status).toBe(404);
    });

    it('answers 400 naming the field of a bad scenario', async () => {
      const res = await h.send('POST', `/flows/${flowId}/scenarios`, {
        ...answered,
        events: [{ type: 'DIGITS', digits: 'abc' }],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].path).toBe('events.0.digits');
    });

    it('runs every scenario against the draft or a revision', async () => {
      await h.send('POST', `/flows/${flowId}/scenarios`, answered);
      await h.send('POST', `/flows/${flowId}/scenarios`, voicemail);
      expect((await h.send('POST', `/flows/${flowId}/publish`, {})).status).toBe(201);
      // The draft loses its voicemail: the second scenario now fails there, not in revision 1.
      await h.send('PUT', `/flows/${flowId}/draft`, { document: ringFlow('alice') });

      const draft = await h.send('POST', `/flows/${flowId}/scenarios/run`, { target: 'draft' });
      expect(draft.status).toBe(200);
      expect(draft.body.results.map((r: { passed: boolean }) => r.passed)).toEqual([true, false]);
      expect(draft.body.results[1]).toMatchObject({
        name: voicemail.name,
        difference: 'Step 3: expected "vm", the call stopped at "ring"',
        actual: { path: ['start', 'ring'], outcome: 'missed', autoReplies: [] },
      });

      const rev = await h.send('POST', `/flows/${flowId}/scenarios/run`, {
        target: 'revision',
        revision: 1,
      });
      expect(rev.body.results.every((r: { passed: boolean }) => r.passed)).toBe(true);
      const missing = { target: 'revision', revision: 7 };
      expect((await h.send('POST', `/flows/${flowId}/scenarios/run`, missing)).status).toBe(404);
    });

    it('generates scenarios for every path without saving them', async () => {
      const res = await h.send('POST', `/flows/${flowId}/scenarios/generate`, {});
      expect(res.status).toBe(200);
      const scenarios = res.body.scenarios as { at: string; expect: { outcome: string } }[];
      expect(new Set(scenarios.map((s) => s.expect.outcome))).toEqual(
        new Set(['answered', 'voicemail', 'missed']),
      );
      expect(scenarios[0]?.at).toBe('2026-11-23T15:00:00.000Z');
      expect((await h.send('GET', `/flows/${flowId}/scenarios`)).body.scenarios).toEqual([]);

      const chosen = await h.send('POST', `/flows/${flowId}/scenarios/generate`, {
        from: '+33123456789',
        instants: ['2026-11-28T12:00:00+01:00'],
      });
      expect(chosen.body.scenarios[0]).toMatchObject({
        from: '+33123456789',
        at: '2026-11-28T11:00:00.000Z',
      });
    });

    it('refuses to publish a draft that fails a scenario until confirmed', async () => {
      await h.send('POST', `/flows/${flowId}/scenarios`, voicemail);
      await h.send('PUT', `/flows/${flowId}/draft`, { document: ringFlow('alice') });
      const refused = await h.send('POST', `/flows/${flowId}/publish`, { message: 'v1' });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toEqual({
        code: 'scenarios-failing',
        message: '1 of 1 scenarios fail; publish anyway?',
      });
      expect(refused.body.results[0].passed).toBe(false);
      expect((await h.send('GET', `/flows/${flowId}/revisions`)).body.revisions).toEqual([]);

      const confirmed = await h.send('POST', `/flows/${flowId}/publish`, {
        message: 'v1',
        confirmFailingScenarios: true,
      });
      expect(confirmed.status).toBe(201);
    });

    it('checks validation errors before scenarios', async () => {
      await h.send('POST', `/flows/${flowId}/scenarios`, voicemail);
      await h.send('PUT', `/flows/${flowId}/draft`, { document: ringFlow('nobody') });
      expect((await h.send('POST', `/flows/${flowId}/publish`, {})).status).toBe(422);
    });

    it('reconstructs a real call as a scenario to replay against the draft', async () => {
      await insertCall(h.db, {
        id: 'call_1',
        provider: 'twilio',
        providerCallId: 'CA1',
        from: '+14155550123',
        to: '+14155550100',
        phoneNumberId: null,
        flowId,
        revisionId: null,
        snapshot: null,
        step: 2,
        status: 'ended',
        outcome: 'voicemail',
        result: {
          outcome: 'voicemail',
          autoReplies: [],
          endedAt: 'vm',
          reason: null,
          path: ['start', 'ring', 'vm'],
        },
        providerStatus: 'completed',
        startedAt: MONDAY_10AM,
        endedAt: '2026-11-23T15:01:00Z',
        durationSeconds: 60,
      });
      const row = async (step: number, kind: 'webhook' | 'event', at: string, data: unknown) =>
        await appendCallEvent(h.db, { callId: 'call_1', step, kind, at, data, response: null });
      await row(1, 'webhook', '2026-11-23T15:00:25Z', { DialCallStatus: 'no-answer' });
      await row(1, 'event', '2026-11-23T15:00:25Z', {
        type: 'DIAL_RESULT',
        status: 'no-answer',
        at: '2026-11-23T15:00:25Z',
        entered: ['vm'],
      });
      await row(2, 'event', '2026-11-23T15:00:55Z', {
        type: 'RECORDING_DONE',
        durationSeconds: 20,
        url: 'https://recordings.example/r.wav',
        entered: [],
      });

      const res = await h.send('GET', '/calls/call_1/scenario');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        name: `Call from +14155550123 at ${MONDAY_10AM}`,
        from: '+14155550123',
        to: '+14155550100',
        at: MONDAY_10AM,
        events: [
          { type: 'DIAL_RESULT', status: 'no-answer', afterSeconds: 25 },
          { type: 'RECORDING_DONE', durationSeconds: 20, afterSeconds: 30 },
        ],
        expect: { path: ['start', 'ring', 'vm'], outcome: 'voicemail', autoReplies: [] },
      });
      // Saved as it is, it passes against the draft; the draft is what it replays against.
      await h.send('POST', `/flows/${flowId}/scenarios`, res.body);
      const run = await h.send('POST', `/flows/${flowId}/scenarios/run`, { target: 'draft' });
      expect(run.body.results[0]).toMatchObject({ passed: true });
      expect((await h.send('GET', '/calls/nope/scenario')).status).toBe(404);
    });
  });
});
