import { afterEach, describe, expect, it } from 'vitest';
import { flowInput } from '../../flow-runtime/test/validate-input.js';
import { findCallByProviderId } from '../src/db/calls.js';
import { listOutbox } from '../src/db/outbox.js';
import type { HttpReceiver } from './support/http-receiver.js';
import { startHttpReceiver } from './support/http-receiver.js';
import { type NotifyServer, startNotifyServer } from './support/notify-fixtures.js';

/**
 * A listed spam number routed to a hang-up that blocks it, over real HTTP
 * with signed Twilio webhooks: the call log says blocked, and nobody is texted
 * or told, while any other caller who reaches a plain hang-up is a missed call.
 */
const MINUTE = 60_000;
const NUMBER = '+14155550177';
const SPAMMER = '+14155550666';
const CALLER = '+14155550123';

let n: NotifyServer;
let hooks: HttpReceiver | undefined;
afterEach(async () => {
  await n?.close();
  await hooks?.close();
});

const spamFlow = {
  ...flowInput(
    [
      ['in', 'incoming-call'],
      [
        'who',
        'route-by-caller',
        { rules: [{ id: 'spam', name: 'Spam', match: { type: 'numbers', numbers: [SPAMMER] } }] },
      ],
      ['block', 'hang-up', { label: 'Block', block: true }],
      ['bye', 'hang-up'],
    ],
    [
      ['in', 'next', 'who'],
      ['who', 'spam', 'block'],
      ['who', 'other', 'bye'],
    ],
  ),
  name: 'Spam filter',
};

/** Publishes the flow on a new number with a missed-call rule, and subscribes to every missed call. */
async function setUp(): Promise<void> {
  n = await startNotifyServer();
  const { admin } = n;
  const flow = await admin<{ id: string }>('POST', '/flows', {
    name: spamFlow.name,
    document: spamFlow,
  });
  expect(flow.status).toBe(201);
  expect((await admin('POST', `/flows/${flow.body.id}/publish`, { message: 'v1' })).status).toBe(
    201,
  );
  const number = await admin<{ id: string }>('POST', '/numbers', {
    number: NUMBER,
    name: 'Spam line',
    flowId: flow.body.id,
  });
  expect(number.status).toBe(201);
  const rule = {
    id: 'missed',
    name: 'Missed call',
    trigger: 'missed-call',
    texts: { inHours: 'Sorry we missed you.', afterHours: 'Sorry we missed you.' },
  };
  const rules = await admin('PUT', `/numbers/${number.body.id}/auto-replies`, { rules: [rule] });
  expect(rules.status).toBe(200);
  expect(
    (
      await admin('PUT', '/me/notifications', {
        email: { 'voicemail.new': false, 'call.missed': true, 'message.received': false },
        numberIds: null,
      })
    ).status,
  ).toBe(200);
  hooks = await startHttpReceiver();
  expect(
    (await admin('POST', '/webhooks', { url: hooks.url, events: ['call.missed'] })).status,
  ).toBe(201);
}

/** A call from `from` that the flow ends at once, then Twilio's status callback, then delivery. */
async function callFrom(from: string) {
  const call = n.server.call(from, NUMBER);
  const reply = await call.ring();
  expect(reply.verbs.map((v) => v.name)).toEqual(['Hangup']);
  await call.hangUp('completed', '0');
  await n.server.delivery.worker.drain();
  n.server.clock.advance(MINUTE + 1000);
  await n.server.delivery.worker.drain();
  return await findCallByProviderId(n.server.deps.db, 'twilio', call.callSid);
}

describe('a call from a blocked number', () => {
  it('is logged as blocked, with no text queued and no notification', async () => {
    await setUp();
    const blocked = await callFrom(SPAMMER);
    expect(blocked).toMatchObject({ status: 'ended', outcome: 'blocked' });
    expect(blocked?.result).toMatchObject({
      outcome: 'blocked',
      autoReplies: [],
      endedAt: 'block',
    });
    expect(await listOutbox(n.server.deps.db)).toEqual([]);
    expect(n.smtp.messages).toHaveLength(0);
    expect(hooks?.requests).toHaveLength(0);

    const listed = await n.admin<{ calls: { id: string; outcome: string }[] }>(
      'GET',
      '/calls?outcome=blocked',
    );
    expect(listed.status).toBe(200);
    expect(listed.body.calls.map((c) => [c.id, c.outcome])).toEqual([[blocked?.id, 'blocked']]);

    // Anyone else reaches the plain hang-up: a missed call, texted and notified.
    const missed = await callFrom(CALLER);
    expect(missed).toMatchObject({ status: 'ended', outcome: 'missed' });
    const kinds = (await listOutbox(n.server.deps.db)).map((row) => row.kind);
    expect(kinds).toContain('sms');
    expect(n.smtp.messages.map((m) => m.subject)).toEqual([
      `Missed call from ${CALLER} on Spam line`,
    ]);
    expect(hooks?.requests).toHaveLength(1);
    const stillOne = await n.admin<{ calls: unknown[] }>('GET', '/calls?outcome=blocked');
    expect(stillOne.body.calls).toHaveLength(1);
  });
});
