import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeTwilioRest, startFakeTwilio } from '../../test/fakes/twilio-rest.js';
import { twilioMessages } from '../src/providers/twilio/messages.js';
import { ACCOUNT_SID, AUTH_TOKEN } from './support/outbox-harness.js';

let twilio: FakeTwilioRest;
beforeEach(async () => {
  twilio = await startFakeTwilio({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    now: () => new Date('2026-11-23T15:00:00Z'),
  });
});
afterEach(() => twilio.close());

const client = (overrides: Partial<Parameters<typeof twilioMessages>[0]> = {}) =>
  twilioMessages({
    accountSid: ACCOUNT_SID,
    authToken: AUTH_TOKEN,
    apiBaseUrl: twilio.url,
    ...overrides,
  });

const hello = {
  from: '+14155550100',
  to: '+14155550123',
  body: 'Sorry we missed your call.',
  idempotencyKey: 'sms-1',
};

describe('twilioMessages', () => {
  it('posts the text form-encoded with basic auth and the idempotency token; 201 gives the sid', async () => {
    const sent = await client().send(hello);
    expect(sent).toEqual({
      ok: true,
      sid: expect.stringMatching(/^SM[0-9a-f]{32}$/),
      status: 'queued',
    });
    expect(twilio.requests).toEqual([
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`,
        form: { To: hello.to, From: hello.from, Body: hello.body },
        idempotencyToken: 'sms-1',
        status: 201,
      },
    ]);
    expect(twilio.messages).toEqual([
      {
        sid: sent.ok ? sent.sid : '',
        to: hello.to,
        from: hello.from,
        body: hello.body,
        idempotencyToken: 'sms-1',
        dateCreated: 'Mon, 23 Nov 2026 15:00:00 +0000',
      },
    ]);
  });

  it('sends from a Messaging Service when `from` is its sid', async () => {
    const service = `MG${'ab'.repeat(16)}`;
    expect(await client().send({ ...hello, from: service })).toMatchObject({ ok: true });
    expect(twilio.requests[0]?.form).toEqual({
      To: hello.to,
      Body: hello.body,
      MessagingServiceSid: service,
    });
  });

  it('a repeated idempotency token gets the first message back and sends nothing new', async () => {
    const first = await client().send(hello);
    const again = await client().send(hello);
    expect(again).toEqual(first);
    expect(twilio.messages).toHaveLength(1);
    expect(twilio.requests.map((r) => r.status)).toEqual([201, 201]);
  });

  it('401 for a wrong auth token: permanent, with Twilio code 20003 and a hint', async () => {
    const sent = await client({ authToken: 'wrong' }).send(hello);
    expect(sent).toEqual({
      ok: false,
      retryable: false,
      httpStatus: 401,
      code: 20003,
      message: expect.stringMatching(/TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.*Authenticate/),
    });
    expect(twilio.messages).toEqual([]);
  });

  it('a body over 1,600 characters: permanent 21617', async () => {
    const sent = await client().send({ ...hello, body: 'x'.repeat(1601) });
    expect(sent).toEqual({
      ok: false,
      retryable: false,
      httpStatus: 400,
      code: 21617,
      message: 'The concatenated message body exceeds the 1600 character limit.',
    });
  });

  it('an invalid To: permanent 21211 with Twilio message', async () => {
    const sent = await client().send({ ...hello, to: '+15005550001' });
    expect(sent).toMatchObject({ ok: false, retryable: false, httpStatus: 400, code: 21211 });
  });

  it('500 and 429 are worth retrying', async () => {
    twilio.failNext(1, 500);
    twilio.failNext(1, 429);
    expect(await client().send(hello)).toEqual({
      ok: false,
      retryable: true,
      // A 500 may come after the text was created: the outbox asks before resending.
      inDoubt: true,
      httpStatus: 500,
      code: 20500,
      message: 'Internal Server Error',
    });
    expect(await client().send(hello)).toMatchObject({
      ok: false,
      retryable: true,
      httpStatus: 429,
    });
    expect(await client().send(hello)).toMatchObject({ ok: true });
    expect(twilio.messages).toHaveLength(1);
  });

  it('an error page that is not JSON keeps its text', async () => {
    twilio.failNext(1, 502, 'Bad gateway');
    expect(await client().send(hello)).toEqual({
      ok: false,
      retryable: true,
      inDoubt: true,
      httpStatus: 502,
      message: 'Bad gateway',
    });
  });

  it('a dropped connection is a retryable network error', async () => {
    twilio.dropNext(1);
    const sent = await client().send(hello);
    expect(sent).toMatchObject({ ok: false, retryable: true });
    expect(sent.ok ? '' : sent.message).toMatch(/^Could not reach Twilio/);
    expect(twilio.requests.map((r) => r.status)).toEqual([null]);
    expect(twilio.messages).toEqual([]);
  });

  it('a closed port is a retryable network error', async () => {
    const gone = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    await gone.close();
    const sent = await client({ apiBaseUrl: gone.url }).send(hello);
    expect(sent).toMatchObject({ ok: false, retryable: true });
    expect(sent.ok ? '' : sent.message).toMatch(/Could not reach Twilio.*ECONNREFUSED/);
  });

  it('no answer within the timeout is retryable', async () => {
    twilio.stallNext(1);
    const sent = await client({ timeoutMs: 50 }).send(hello);
    expect(sent).toEqual({
      ok: false,
      retryable: true,
      inDoubt: true,
      message: 'Twilio did not answer within 50 ms',
    });
  });

  it('missing credentials: no request, a retryable result naming the variables', async () => {
    const sent = await client({ accountSid: '', authToken: '' }).send(hello);
    expect(sent).toEqual({
      ok: false,
      retryable: true,
      message:
        'Twilio credentials are missing: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN to send texts',
    });
    expect(twilio.requests).toEqual([]);
  });
});

describe('the fake Twilio REST API', () => {
  const post = (
    path: string,
    form: Record<string, string>,
    auth = `${ACCOUNT_SID}:${AUTH_TOKEN}`,
  ) =>
    fetch(`${twilio.url}${path}`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(auth).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(form).toString(),
      signal: AbortSignal.timeout(5000),
    });
  const messagesPath = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;

  it('answers like Twilio', async () => {
    const res = await post(messagesPath, {
      To: '+14155550123',
      From: '+14155550100',
      Body: 'ł'.repeat(71),
    });
    expect(res.status).toBe(201);
    const json = (await res.json()) as { sid: string };
    expect(json).toMatchObject({
      account_sid: ACCOUNT_SID,
      status: 'queued',
      direction: 'outbound-api',
      to: '+14155550123',
      from: '+14155550100',
      num_segments: '2',
      date_created: 'Mon, 23 Nov 2026 15:00:00 +0000',
      uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${json.sid}.json`,
    });
  });

  it.each([
    [{ From: '+14155550100', Body: 'hi' }, 21604],
    [{ To: '+14155550123', Body: 'hi' }, 21603],
    [{ To: '+14155550123', From: '+14155550100' }, 21602],
    [{ To: '0', From: '+14155550100', Body: 'hi' }, 21211],
  ])('refuses %o with code %i', async (form, code) => {
    const res = await post(messagesPath, form);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code, status: 400, more_info: expect.any(String) });
  });

  it('checks the account in the path and the basic auth', async () => {
    expect((await post(messagesPath, {}, `${ACCOUNT_SID}:nope`)).status).toBe(401);
    const other = `/2010-04-01/Accounts/AC${'f'.repeat(32)}/Messages.json`;
    expect((await post(other, {})).status).toBe(404);
    expect((await post('/elsewhere', {})).status).toBe(404);
  });
});

describe('twilioMessages.find (the Messages list)', () => {
  // The fake's clock reads 2026-11-23T15:00:00Z.
  const since = '2026-11-23T14:59:00.000Z';

  it('finds a text by its numbers and body, not another body or contact', async () => {
    const sent = await client().send(hello);
    await client().send({ ...hello, body: 'another text', idempotencyKey: 'sms-2' });
    await client().send({ ...hello, to: '+14155550199', idempotencyKey: 'sms-3' });
    const found = await client().find({ ...hello, since });
    expect(found).toEqual({
      ok: true,
      matches: [{ sid: sent.ok ? sent.sid : '', status: 'sent', dateCreated: expect.any(String) }],
    });
    const [request] = twilio.requests.filter((r) => r.method === 'GET');
    expect(request?.path).toMatch(/\/Messages\.json$/);
  });

  it('ignores texts created before the attempt, and reads further pages', async () => {
    const later = '2026-11-23T16:00:00.000Z';
    await client().send(hello);
    expect(await client().find({ ...hello, since: later })).toEqual({ ok: true, matches: [] });
    for (let i = 0; i < 120; i++) {
      await client().send({ ...hello, body: `text ${i}`, idempotencyKey: `sms-${i + 2}` });
    }
    expect(await client().find({ ...hello, since })).toMatchObject({
      ok: true,
      matches: [{ status: 'sent' }],
    });
    expect(twilio.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('says it cannot tell when the list fails', async () => {
    twilio.failNext(1, 503);
    expect(await client().find({ ...hello, since })).toEqual({
      ok: false,
      message: 'Twilio answered 503 to the messages list: Service Unavailable',
    });
  });
});
