import type { PersistedCall } from '@ringflow/flow-runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendCallEvent, type Call, insertCall } from '../src/db/calls.js';
import { type ApiHarness, apiHarness } from './api-harness.js';

let h: ApiHarness;
beforeEach(() => {
  h = apiHarness();
});
afterEach(() => h.close());

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

describe('the call log', () => {
  beforeEach(() => {
    insertCall(h.db, call('c1', '2026-11-23T14:00:00.000Z'));
    insertCall(
      h.db,
      call('c2', '2026-11-23T14:10:00.000Z', { outcome: 'answered', from: '+14155550999' }),
    );
    insertCall(h.db, call('c3', '2026-11-23T14:20:00.000Z'));
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

  it('names a bad query parameter', async () => {
    const res = await h.send('GET', '/calls?limit=0&from=555');
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['limit', 'from']);
  });

  it('shows one call with its trace and the path from its result', async () => {
    appendCallEvent(h.db, {
      callId: 'c1',
      step: 0,
      kind: 'webhook',
      at: '2026-11-23T14:00:00.000Z',
      data: { CallSid: 'CAc1' },
      response: null,
    });
    appendCallEvent(h.db, {
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
    insertCall(
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
