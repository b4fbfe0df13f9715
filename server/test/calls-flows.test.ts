import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flowInput } from '../../flow-runtime/test/validate-input.js';
import { findCallByProviderId } from '../src/db/calls.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import type { FakeTwilio } from './support/fake-twilio.js';
import {
  type adminClient,
  SATURDAY_10PM,
  startTestServer,
  type TestServer,
} from './support/harness.js';

/** Calls through flows built and published with the admin API, over real HTTP. */
describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let server: TestServer;
  let api: Awaited<ReturnType<typeof adminClient>>;
  beforeEach(async () => {
    server = await startTestServer({ postgres });
    api = await server.admin();
  });
  afterEach(async () => {
    await server.close();
  });

  const stored = async (call: FakeTwilio) =>
    await findCallByProviderId(server.deps.db, 'twilio', call.callSid);

  /** A flow document as an API client sends it. */
  const document = (...spec: Parameters<typeof flowInput>) => ({
    ...flowInput(...spec),
    name: 'Test flow',
  });

  /** Publishes a flow and points a new number at it; returns the number and the flow id. */
  async function publish(doc: ReturnType<typeof document>, number = '+14155550177') {
    const flow = await api<{ id: string }>('POST', '/flows', { name: doc.name, document: doc });
    expect(flow.status).toBe(201);
    const published = await api('POST', `/flows/${flow.body.id}/publish`, { message: 'first' });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const created = await api('POST', '/numbers', {
      number,
      name: 'Test line',
      flowId: flow.body.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return { number, flowId: flow.body.id };
  }

  const menuFlow = document(
    [
      ['in', 'incoming-call'],
      [
        'menu',
        'phone-menu',
        {
          options: [
            { digit: '1', label: 'Info' },
            { digit: '2', label: 'Sales' },
          ],
          attempts: 2,
        },
      ],
      ['info', 'play-message', { prompt: { type: 'say', text: 'We fix pipes.' } }],
      [
        'sales',
        'ring-users',
        { targets: [{ type: 'number', number: '+14155550199' }], ringSeconds: 15 },
      ],
      ['bye', 'hang-up'],
    ],
    [
      ['in', 'next', 'menu'],
      ['menu', '1', 'info'],
      ['menu', '2', 'sales'],
      ['menu', 'no-input', 'bye'],
      ['info', 'next', 'bye'],
    ],
  );

  describe('a published phone menu', () => {
    it('sends digit 2 to sales', async () => {
      const { number } = await publish(menuFlow);
      const call = server.call('+14155550123', number);
      const menu = await call.ring();
      const sales = await call.act(menu, 'Gather', { Digits: '2' });
      const dial = sales.verbs.find((v) => v.name === 'Dial');
      expect(dial?.attrs.timeout).toBe('15');
      expect(dial?.children.map((c) => c.text)).toEqual(['+14155550199']);
    });

    it('takes the no-input branch after silence twice, saying the retry text in between', async () => {
      const { number } = await publish(menuFlow);
      const call = server.call('+14155550123', number);
      const menu = await call.ring();
      const retry = await call.act(menu, 'Gather', {});
      const gather = retry.verbs.find((v) => v.name === 'Gather');
      expect(gather?.children.map((c) => c.text)).toEqual([
        "Sorry, I didn't get that.",
        'For sales, press 1. For support, press 2.',
      ]);
      const end = await call.act(retry, 'Gather', {});
      expect(end.verbs.map((v) => v.name)).toEqual(['Hangup']);
      expect((await stored(call))?.result).toMatchObject({
        outcome: 'missed',
        endedAt: 'bye',
        path: ['in', 'menu', 'bye'],
      });
    });
  });

  describe('business hours read the server clock', () => {
    const hoursFlow = document(
      [
        ['in', 'incoming-call'],
        ['hours', 'business-hours', { scheduleId: 'weekdays-9-17' }],
        ['open', 'play-message', { prompt: { type: 'say', text: 'We are open.' } }],
        ['closed', 'play-message', { prompt: { type: 'say', text: 'We are closed.' } }],
      ],
      [
        ['in', 'next', 'hours'],
        ['hours', 'open', 'open'],
        ['hours', 'closed', 'closed'],
      ],
    );

    it('is open on a weekday morning and closed on a Saturday night', async () => {
      const { number } = await publish(hoursFlow);
      const weekday = await server.call('+14155550123', number).ring();
      expect(weekday.verbs[0]?.text).toBe('We are open.');
      server.clock.set(SATURDAY_10PM);
      const saturday = await server.call('+14155550123', number).ring();
      expect(saturday.verbs[0]?.text).toBe('We are closed.');
    });
  });

  describe('ringing the team', () => {
    it('skips a member in do-not-disturb, and goes straight on when nobody is left', async () => {
      const dnd = await api('POST', '/members/alice/dnd', { minutes: 60 });
      expect(dnd.status, JSON.stringify(dnd.body)).toBe(200);
      const first = await server.call().ring();
      expect(first.verbs.find((v) => v.name === 'Dial')?.children.map((c) => c.text)).toEqual([
        '+14155550102',
      ]);

      await api('POST', '/members/bob/dnd', { minutes: 60 });
      const call = server.call();
      const second = await call.ring();
      expect(second.verbs.map((v) => v.name)).toEqual(['Say', 'Record', 'Redirect']);
      expect((await stored(call))?.snapshot?.context.path).toEqual([
        'start',
        'hours',
        'ring-team',
        'voicemail',
      ]);
    });
  });

  describe('publishing during a call', () => {
    it('leaves the live call on the revision it started with', async () => {
      const { number, flowId } = await publish(menuFlow);
      const call = server.call('+14155550123', number);
      const menu = await call.ring();
      const changed = structuredClone(menuFlow);
      changed.edges = changed.edges.map((e) => (e.id === 'menu-1' ? { ...e, target: 'sales' } : e));
      await api('PUT', `/flows/${flowId}/draft`, { document: changed });
      expect((await api('POST', `/flows/${flowId}/publish`, { message: 'second' })).status).toBe(
        201,
      );

      const info = await call.act(menu, 'Gather', { Digits: '1' });
      expect(info.verbs[0]).toMatchObject({ name: 'Say', text: 'We fix pipes.' });
      const later = server.call('+14155550124', number);
      const nextSales = await later.act(await later.ring(), 'Gather', { Digits: '1' });
      expect(nextSales.verbs.some((v) => v.name === 'Dial')).toBe(true);
    });
  });
});
