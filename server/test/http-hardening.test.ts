import { request } from 'node:http';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCallByProviderId, listCallEvents } from '../src/db/calls.js';
import { BODY_LIMITS } from '../src/http/request-limits.js';
import {
  AUTH_TOKEN,
  OWNER,
  PUBLIC_URL,
  startTestServer,
  type TestServer,
} from './support/harness.js';

/**
 * The HTTP surface against bad input, over real HTTP: bodies too large or too
 * deep, webhooks that are not forms, action kinds named after Object's
 * prototype, and the security headers on every kind of answer.
 */
let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = new URL((await server.send('/healthz', {})).url).origin;
});
afterAll(async () => {
  await server.close();
});

interface Pushed {
  status: number;
  body: string;
  /** Bytes of body written before the answer came. */
  sent: number;
}

/**
 * POSTs up to `total` bytes of body in 64 KB chunks, stopping as soon as the
 * server answers: `sent` shows how much the server took before refusing.
 */
function push(path: string, headers: Record<string, string>, total: number): Promise<Pushed> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method: 'POST', headers });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString(), sent });
        req.destroy();
      });
    });
    // Writing after the server closed the connection fails; only an error before any answer counts.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const MB = 1024 * 1024;
const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
const jsonType = { 'Content-Type': 'application/json' };

describe('body limits', () => {
  it('refuses an unsigned 200 MB webhook by its Content-Length, before the body is sent', async () => {
    const res = await push(
      '/webhooks/twilio/voice',
      { ...form, 'Content-Length': String(200 * MB) },
      200 * MB,
    );
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toMatch(/larger than 64 KB/);
    expect(res.sent).toBeLessThan(16 * MB);
  });

  it('cuts off a chunked webhook body at the limit instead of reading it all', async () => {
    const res = await push('/webhooks/twilio/status', form, 200 * MB);
    expect(res.status).toBe(413);
    expect(res.sent).toBeLessThan(16 * MB);
  });

  it('refuses 100 MB login bodies, declared or chunked, naming the 1 MB limit', async () => {
    const declared = await push(
      '/api/auth/login',
      { ...jsonType, 'Content-Length': String(100 * MB) },
      100 * MB,
    );
    const chunked = await push('/api/auth/login', jsonType, 100 * MB);
    for (const res of [declared, chunked]) {
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).error).toMatchObject({ code: 'too_large' });
      expect(JSON.parse(res.body).error.message).toMatch(/larger than 1 MB/);
      expect(res.sent).toBeLessThan(16 * MB);
    }
  });

  it('lets flow documents be larger than other JSON, up to 5 MB', async () => {
    const admin = await server.admin();
    const padding = 'x'.repeat(2 * MB);
    // 2 MB of name: over the JSON limit, under the flow limit, so the route itself answers.
    const flow = await admin('POST', '/flows', { name: padding });
    expect(flow.status).toBe(400);
    const schedule = await admin('POST', '/schedules', { name: padding });
    expect(schedule.status).toBe(413);
    const huge = await push(
      '/api/flows',
      { ...jsonType, 'Content-Length': String(6 * MB) },
      6 * MB,
    );
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.message).toMatch(/larger than 5 MB/);
  });

  it('keeps the limits the documentation names', () => {
    expect(BODY_LIMITS).toEqual({ webhook: 64 * 1024, json: MB, flow: 5 * MB });
  });
});

describe('deeply nested JSON', () => {
  const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  it('answers 400 naming where, for a flow draft nested 5,000 deep', async () => {
    const admin = await server.admin();
    const { body } = await admin<{ flows: { id: string }[] }>('GET', '/flows');
    const login = await server.send('/api/auth/login', {
      method: 'POST',
      headers: jsonType,
      body: JSON.stringify(OWNER),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    // Written out by hand: JSON.stringify itself overflows the stack at this depth.
    const document = `{"schemaVersion":1,"nodes":[{"data":${nested(5000)}}],"edges":[]}`;
    const draft = await server.send(`/api/flows/${body.flows[0]?.id}/draft`, {
      method: 'PUT',
      headers: { ...jsonType, Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: `{"document":${document}}`,
    });
    expect(draft.status).toBe(400);
    const { error } = (await draft.json()) as {
      error: { code: string; fields: { path: string }[] };
    };
    expect(error.code).toBe('too_deep');
    expect(error.fields[0]?.path).toMatch(/^document\.nodes\.0\.data(\.0)+$/);
    expect(server.log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('answers 400 for deep JSON on a public route too', async () => {
    const res = await server.send('/api/auth/login', {
      method: 'POST',
      headers: jsonType,
      body: `{"email":${nested(100_000)}}`,
    });
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: { message: string } };
    expect(answer.error.message).toMatch(/^email(\.0)+: nests deeper than 64 levels$/);
  });
});

describe('webhook bodies that are not forms', () => {
  const multipart = '------x\r\nContent-Disposition: form-data; name="CallSid"\r\n\r\nCA1\r\n--';
  const multipartType = { 'Content-Type': 'multipart/form-data; boundary=----x' };
  const routes = ['voice', 'voice/action?step=1&kind=dial', 'status', 'sms', 'answered'];
  const urlSignature = (path: string) =>
    twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_URL}${path}`, {});

  it('refuses a malformed unsigned multipart body with 403 on every route, logging no error', async () => {
    for (const route of [...routes, 'recording', 'transcription']) {
      const res = await server.send(`/webhooks/twilio/${route}`, {
        method: 'POST',
        headers: multipartType,
        body: multipart,
      });
      expect(res.status, route).toBe(403);
    }
    expect(server.log.lines.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('answers a signed body of another type with 415, never 500', async () => {
    for (const route of routes) {
      const path = `/webhooks/twilio/${route}`;
      for (const [type, body] of [
        [multipartType['Content-Type'], multipart],
        ['application/json', '{"CallSid":"CA1"}'],
        ['text/plain', 'CallSid=CA1'],
      ] as const) {
        const res = await server.send(path, {
          method: 'POST',
          headers: { 'Content-Type': type, 'X-Twilio-Signature': urlSignature(path) },
          body,
        });
        expect(res.status, `${route} ${type}`).toBe(415);
      }
    }
  });

  it('reads a form with broken escapes as text instead of failing', async () => {
    const call = server.call();
    const reply = await call.post('/webhooks/twilio/status', { CallStatus: '%E0%A4%A', Bad: '%' });
    expect(reply.status).toBe(200);
  });
});

describe('action kinds named after Object.prototype', () => {
  it('refuses kind=constructor, __proto__ and toString with 400 and leaves the call where it was', async () => {
    const call = server.call();
    const ringing = await call.ring();
    const before = await findCallByProviderId(server.deps.db, 'twilio', call.callSid);
    const events = (await listCallEvents(server.deps.db, before?.id ?? '')).length;
    const action = ringing.verbs.find((v) => v.name === 'Dial')?.attrs.action ?? '';
    const url = new URL(action);
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      url.searchParams.set('kind', kind);
      const reply = await call.post(`${url.pathname}${url.search}`, {
        DialCallStatus: 'completed',
        type: 'DIAL_RESULT',
        status: 'answered',
      });
      expect(reply.status, kind).toBe(400);
    }
    const after = await findCallByProviderId(server.deps.db, 'twilio', call.callSid);
    expect(after).toEqual(before);
    expect(await listCallEvents(server.deps.db, before?.id ?? '')).toHaveLength(events);
    // The real kind still moves the call.
    const dialled = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
    expect(dialled.verbs.map((v) => v.name)).toContain('Record');
  });
});

describe('security headers', () => {
  const expectHeaders = (res: Response, what: string) => {
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp, what).toContain("default-src 'self'");
    expect(csp, what).toContain("script-src 'self'");
    expect(csp, what).toContain("frame-ancestors 'none'");
    expect(csp, what).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(res.headers.get('x-frame-options'), what).toBe('DENY');
    expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
  };

  it('are on the web app, the API, the docs, media, webhooks and refusals', async () => {
    const call = server.call();
    const cases: [string, RequestInit][] = [
      ['/', {}],
      ['/flows/abc', {}],
      ['/api/flows', {}],
      ['/api/docs', {}],
      ['/api/openapi.json', {}],
      ['/media/greetings/none.mp3', {}],
      ['/healthz', {}],
      ['/webhooks/twilio/voice', { method: 'POST', headers: form, body: 'CallSid=CA1' }],
      ['/api/auth/login', { method: 'POST', headers: jsonType, body: '{' }],
    ];
    for (const [path, init] of cases) expectHeaders(await server.send(path, init), path);
    const ringing = await call.ring();
    expect(ringing.status).toBe(200);
    const login = await server.send('/api/auth/login', {
      method: 'POST',
      headers: jsonType,
      body: JSON.stringify(OWNER),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const authorised = await server.send('/api/flows', { headers: { Cookie: cookie } });
    expect(authorised.status).toBe(200);
    expectHeaders(authorised, 'an authorised /api/flows');
    const admin = await server.send('/api/flows', {
      headers: { Authorization: 'Bearer nope' },
    });
    expect(admin.status).toBe(401);
    expectHeaders(admin, 'a 401');
  });
});

describe('the API documentation', () => {
  it('loads Swagger UI only from this origin, and every file it names answers 200', async () => {
    const page = await server.send('/api/docs', {});
    expect(page.status).toBe(200);
    const html = await page.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]+<\/script>|cdn|unpkg|jsdelivr/i);
    for (const ref of refs) {
      const url = new URL(ref, `${base}/api/docs`);
      expect(url.origin, ref).toBe(base);
      const asset = await server.send(`${url.pathname}${url.search}`, {});
      expect(asset.status, ref).toBe(200);
      expect(asset.headers.get('content-type'), ref).toMatch(/text\/(css|javascript)/);
      expect((await asset.text()).length, ref).toBeGreaterThan(10);
    }
    const init = await server.send('/api/docs/assets/init.js', {});
    expect(await init.text()).toContain("url: './openapi.json'");
    expect((await server.send('/api/docs/assets/..%2Fpackage.json', {})).status).toBe(404);
    expect((await server.send('/api/docs/assets/constructor', {})).status).toBe(404);
  });
});
