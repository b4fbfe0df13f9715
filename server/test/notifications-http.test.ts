import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type HttpReceiver, startHttpReceiver } from './support/http-receiver.js';
import {
  addVoicemail,
  CALLER,
  type NotifyServer,
  startNotifyServer,
} from './support/notify-fixtures.js';

/**
 * Slack and outgoing webhooks over real HTTP to local receivers. The webhook
 * receiver checks signatures with its own HMAC code, as an integrator would.
 */
let n: NotifyServer;
const receivers: HttpReceiver[] = [];
afterEach(async () => {
  await n?.close();
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const receiver = async (check?: Parameters<typeof startHttpReceiver>[0]) => {
  const started = await startHttpReceiver(check);
  receivers.push(started);
  return started;
};

const TOLERANCE_SECONDS = 300;

/** What a receiver does: recompute the HMAC of "<t>.<raw body>" and refuse old timestamps. */
function verify(secret: string, header: string | undefined, rawBody: string, nowMs: number) {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part) => part.split('=') as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowMs / 1000 - t) > TOLERANCE_SECONDS) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface Endpoint {
  id: string;
  secret: string;
}

/** A webhook receiver that answers 401 to a bad or old signature, and the endpoint sending to it. */
async function signedEndpoint(events: string[], numberId: string | null = null) {
  let secret = '';
  const hooks = await receiver((req) =>
    verify(
      secret,
      req.headers['ringflow-signature'] as string | undefined,
      req.body,
      n.server.clock.now().getTime(),
    )
      ? 200
      : 401,
  );
  const created = await n.admin<Endpoint>('POST', '/webhooks', {
    url: `${hooks.url}/ringflow`,
    description: 'CRM',
    numberId,
    events,
  });
  expect(created.status).toBe(201);
  secret = created.body.secret;
  return { hooks, endpoint: created.body };
}

interface Delivery {
  channel: string;
  eventType: string;
  attempt: number;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

describe('Slack notifications', () => {
  it("posts a readable message with the facts and the link to the number's channel", async () => {
    n = await startNotifyServer();
    const slack = await receiver();
    const put = await n.admin('PUT', `/numbers/${n.numberId}/notifications`, {
      slack: { url: `${slack.url}/services/T1/B1/x`, events: ['voicemail.new'] },
    });
    expect(put.status).toBe(200);
    const { id } = await addVoicemail(n.server, n.numberId, {
      transcript: 'Call me <soon> & thanks',
    });
    await n.server.delivery.worker.drain();
    expect(slack.requests).toHaveLength(1);
    const [post] = slack.requests;
    expect(post?.path).toBe('/services/T1/B1/x');
    expect(post?.headers['content-type']).toBe('application/json');
    const body = JSON.parse(post?.body ?? '{}') as { text: string; blocks: unknown[] };
    expect(body.text).toBe(
      `New voicemail from ${CALLER} on Main line: https://ringflow.example.com/voicemail/${id}`,
    );
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain('Main line (+14155550100)');
    expect(blocks).toContain('Mon, Nov 23, 2026, 10:00 AM (America/New_York)');
    expect(blocks).toContain('Call me &lt;soon&gt; &amp; thanks');
    expect(blocks).toContain(`<https://ringflow.example.com/voicemail/${id}|Listen in Ringflow>`);

    const view = await n.admin<{ deliveries: Delivery[] }>(
      'GET',
      `/numbers/${n.numberId}/notifications`,
    );
    expect(view.body.deliveries).toEqual([
      expect.objectContaining({
        channel: 'slack',
        eventType: 'voicemail.new',
        ok: true,
        statusCode: 200,
      }),
    ]);
  });

  it('sends a test at once and logs it; an unreachable URL is a failed delivery, not a 500', async () => {
    n = await startNotifyServer();
    const slack = await receiver();
    await n.admin('PUT', `/numbers/${n.numberId}/notifications`, {
      slack: { url: slack.url, events: ['voicemail.new'] },
    });
    const test = await n.admin<{ delivery: Delivery }>(
      'POST',
      `/numbers/${n.numberId}/notifications/slack/test`,
    );
    expect(test.status).toBe(200);
    expect(test.body.delivery).toMatchObject({ eventType: 'test', ok: true, statusCode: 200 });
    expect(JSON.parse(slack.requests[0]?.body ?? '{}').text).toBe(
      'Ringflow test: notifications for Main line (+14155550100) will be posted here.',
    );

    const closed = await receiver();
    await closed.close();
    await n.admin('PUT', `/numbers/${n.numberId}/notifications`, {
      slack: { url: closed.url, events: ['voicemail.new'] },
    });
    const failed = await n.admin<{ delivery: Delivery }>(
      'POST',
      `/numbers/${n.numberId}/notifications/slack/test`,
    );
    expect(failed.status).toBe(200);
    expect(failed.body.delivery).toMatchObject({ eventType: 'test', ok: false, statusCode: null });
    expect(failed.body.delivery.error).toBeTruthy();
    const view = await n.admin<{ deliveries: Delivery[] }>(
      'GET',
      `/numbers/${n.numberId}/notifications`,
    );
    expect(view.body.deliveries.map((d) => d.ok)).toEqual([false, true]);
  });
});

describe('outgoing webhooks', () => {
  it('sends the versioned, signed payload; the receiver refuses a replay and a forged body', async () => {
    n = await startNotifyServer();
    const { hooks, endpoint } = await signedEndpoint(['voicemail.new']);
    const { id } = await addVoicemail(n.server, n.numberId, { seconds: 3 });
    await n.server.delivery.worker.drain();
    expect(hooks.requests.map((r) => r.status)).toEqual([200]);
    const [request] = hooks.requests;
    if (!request) throw new Error('no request');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['ringflow-event']).toBe('voicemail.new');
    expect(request.headers['ringflow-event-id']).toBe(`evt_voicemail_${id}`);
    expect(request.headers['ringflow-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(JSON.parse(request.body)).toEqual({
      version: 1,
      id: `evt_voicemail_${id}`,
      type: 'voicemail.new',
      createdAt: '2026-11-23T15:00:00.000Z',
      data: {
        voicemailId: id,
        callId: null,
        caller: CALLER,
        number: { id: n.numberId, e164: '+14155550100', name: 'Main line' },
        at: '2026-11-23T15:00:00.000Z',
        durationSeconds: 3,
        audio: {
          status: 'stored',
          url: `https://ringflow.example.com/api/voicemails/${id}/audio`,
        },
        transcript: { status: 'none', text: null },
      },
    });

    const replay = (body: string) =>
      fetch(`${hooks.url}/ringflow`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Ringflow-Signature': String(request.headers['ringflow-signature']),
        },
        body,
      });
    expect((await replay(request.body.replace('Main line', 'Evil line'))).status).toBe(401);
    expect((await replay(request.body)).status).toBe(200);
    n.server.clock.advance(10 * 60_000);
    expect((await replay(request.body)).status).toBe(401);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });

  it('retries 5xx with back-off: delivered once, three attempts logged with their status codes', async () => {
    n = await startNotifyServer();
    const { hooks, endpoint } = await signedEndpoint(['voicemail.new']);
    hooks.answerNext(2, 503);
    await addVoicemail(n.server, n.numberId);
    expect((await n.server.delivery.worker.drain()).retried).toBe(1);
    n.server.clock.advance(30_000);
    expect((await n.server.delivery.worker.drain()).retried).toBe(1);
    n.server.clock.advance(59_000);
    expect((await n.server.delivery.worker.drain()).sent).toBe(0);
    n.server.clock.advance(1_000);
    expect((await n.server.delivery.worker.drain()).sent).toBe(1);
    n.server.clock.advance(3_600_000);
    await n.server.delivery.worker.drain();
    expect(hooks.requests.map((r) => r.status)).toEqual([503, 503, 200]);

    const log = await n.admin<{ deliveries: Delivery[] }>(
      'GET',
      `/webhooks/${endpoint.id}/deliveries`,
    );
    expect(log.body.deliveries.map((d) => [d.attempt, d.ok, d.statusCode])).toEqual([
      [3, true, 200],
      [2, false, 503],
      [1, false, 503],
    ]);
    expect(log.body.deliveries[2]?.error).toBe('HTTP 503: planned 503');
    const list = await n.admin<{ webhooks: Array<{ lastDelivery: Delivery | null }> }>(
      'GET',
      '/webhooks',
    );
    expect(list.body.webhooks[0]?.lastDelivery).toMatchObject({ attempt: 3, statusCode: 200 });
  });

  it('fails a 4xx at once (a 410 too), without retrying', async () => {
    n = await startNotifyServer();
    const { hooks, endpoint } = await signedEndpoint(['voicemail.new']);
    hooks.answerNext(1, 410);
    await addVoicemail(n.server, n.numberId);
    expect((await n.server.delivery.worker.drain()).failed).toBe(1);
    n.server.clock.advance(3_600_000);
    await n.server.delivery.worker.drain();
    expect(hooks.requests).toHaveLength(1);
    const after = await n.admin<{ active: boolean }>('GET', '/webhooks');
    expect(after.body).toMatchObject({ webhooks: [{ id: endpoint.id, active: true }] });
  });

  it('sends a signed test event at once and logs it; an unreachable endpoint is a failed delivery', async () => {
    n = await startNotifyServer();
    const { hooks, endpoint } = await signedEndpoint(['call.missed']);
    const test = await n.admin<{ delivery: Delivery }>('POST', `/webhooks/${endpoint.id}/test`);
    expect(test.status).toBe(200);
    expect(test.body.delivery).toMatchObject({
      channel: 'webhook',
      eventType: 'test',
      attempt: 1,
      ok: true,
      statusCode: 200,
    });
    expect(JSON.parse(hooks.requests[0]?.body ?? '{}')).toMatchObject({ version: 1, type: 'test' });
    expect(hooks.requests[0]?.headers['ringflow-event']).toBe('test');

    const closed = await receiver();
    await closed.close();
    await n.admin('PATCH', `/webhooks/${endpoint.id}`, { url: closed.url });
    const failed = await n.admin<{ delivery: Delivery }>('POST', `/webhooks/${endpoint.id}/test`);
    expect(failed.status).toBe(200);
    expect(failed.body.delivery).toMatchObject({ ok: false, statusCode: null });
    const log = await n.admin<{ deliveries: Delivery[] }>(
      'GET',
      `/webhooks/${endpoint.id}/deliveries`,
    );
    expect(log.body.deliveries.map((d) => [d.eventType, d.ok])).toEqual([
      ['test', false],
      ['test', true],
    ]);
  });

  it('delivers exactly once through a restart: one e-mail, one Slack post, one webhook', async () => {
    n = await startNotifyServer();
    const slack = await receiver();
    await n.admin('PUT', `/numbers/${n.numberId}/notifications`, {
      slack: { url: slack.url, events: ['voicemail.new'] },
    });
    const { hooks } = await signedEndpoint(['voicemail.new'], n.numberId);
    const { enqueued } = await addVoicemail(n.server, n.numberId);
    expect(enqueued).toBe(3);
    await n.server.restart();
    expect((await n.server.delivery.worker.drain()).sent).toBe(3);
    n.server.clock.advance(3_600_000);
    expect((await n.server.delivery.worker.drain()).sent).toBe(0);
    expect(n.smtp.messages).toHaveLength(1);
    expect(slack.requests).toHaveLength(1);
    expect(hooks.requests).toHaveLength(1);
  });

  it('leaves out paused endpoints, other numbers’ endpoints and unsubscribed events', async () => {
    n = await startNotifyServer();
    const other = await n.admin<{ id: string }>('POST', '/numbers', {
      number: '+14155550199',
      name: 'Second line',
    });
    const elsewhere = await signedEndpoint(['voicemail.new'], other.body.id);
    const paused = await signedEndpoint(['voicemail.new']);
    await n.admin('PATCH', `/webhooks/${paused.endpoint.id}`, { active: false });
    const texts = await signedEndpoint(['message.received']);
    const all = await signedEndpoint(['voicemail.new']);
    await addVoicemail(n.server, n.numberId);
    await n.server.delivery.worker.drain();
    expect(all.hooks.requests).toHaveLength(1);
    expect([elsewhere, paused, texts].map((e) => e.hooks.requests.length)).toEqual([0, 0, 0]);
  });
});
