/**
 * @module
 * A fake of Twilio's Messages REST API over real HTTP on 127.0.0.1, for tests
 * of code that sends texts: it checks the account and the basic auth, answers
 * with Twilio's JSON and error codes, honours `I-Twilio-Idempotency-Token`,
 * and can be told to fail, drop the connection or stall on the next requests,
 * to answer slowly, or to create a text and lose the answer. It lists texts
 * (`GET Messages.json` with `To`, `From`, `DateSent`, `PageSize`) as Twilio does.
 * It serves call recordings too (see twilio-recordings.ts), and calls' status
 * (see twilio-calls.ts).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FakeCalls, fakeCalls } from './twilio-calls.js';
import { listMessages } from './twilio-messages-list.js';
import { type FakeRecordings, fakeRecordings } from './twilio-recordings.js';

/** A text the fake accepted. */
export interface FakeMessage {
  sid: string;
  to: string;
  /** `From`, or the `MessagingServiceSid` when that was sent instead. */
  from: string;
  body: string;
  idempotencyToken: string | null;
  dateCreated: string;
}

/** Every request the fake received, with what it answered (`null`: dropped or stalled). */
export interface FakeRequest {
  method: string;
  path: string;
  form: Record<string, string>;
  idempotencyToken: string | null;
  status: number | null;
}

export interface FakeTwilioRest {
  /** `http://127.0.0.1:<port>`: pass as the API base URL. */
  url: string;
  messages: FakeMessage[];
  requests: FakeRequest[];
  /** Recordings: audio to serve, failures to plan, downloads and deletes seen. */
  recordings: FakeRecordings;
  /** Calls: how each stands, for `GET .../Calls/{sid}.json`; lookups seen. */
  calls: FakeCalls;
  /** The next `count` requests get `status` with `body`: JSON, a string as text, Twilio's error JSON by default. */
  failNext(count: number, status: number, body?: unknown): void;
  /** The next `count` requests lose their connection without an answer: a network error. */
  dropNext(count: number): void;
  /** The next `count` requests are never answered (until `close`): a timeout. */
  stallNext(count: number): void;
  /** The next `count` texts are created, then the connection is dropped: an answer lost. */
  loseAnswerNext(count: number): void;
  /** Every text is created at once and answered `ms` later (0: at once): sends in flight. */
  answerDelay(ms: number): void;
  close(): Promise<void>;
}

export interface FakeTwilioOptions {
  accountSid: string;
  authToken: string;
  /** For `date_created`; the real time by default. */
  now?: () => Date;
  /**
   * Whether a repeated `I-Twilio-Idempotency-Token` gets the first text back
   * (true by default). Twilio does not document the header for messages:
   * false shows what a resend would really do.
   */
  idempotencyTokens?: boolean;
}

const MAX_BODY = 1600;
const E164 = /^\+[1-9]\d{1,14}$/;

/** Twilio's documented magic `To` numbers for test credentials, and the errors they give. */
const MAGIC_TO: Record<string, { code: number; message: string }> = {
  '+15005550001': {
    code: 21211,
    message: "The 'To' number +15005550001 is not a valid phone number.",
  },
  '+15005550002': {
    code: 21612,
    message: "The 'To' phone number is not currently reachable via SMS.",
  },
  '+15005550004': { code: 21610, message: 'Attempt to send to unsubscribed recipient' },
  '+15005550009': { code: 21614, message: "'To' number is not a valid mobile number" },
};

const twilioError = (code: number, message: string, status: number) => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
});

const DEFAULT_ERRORS: Record<number, [number, string]> = {
  400: [21211, "The 'To' number is not a valid phone number."],
  401: [20003, 'Authenticate'],
  404: [20404, 'The requested resource was not found'],
  429: [20429, 'Too Many Requests'],
  500: [20500, 'Internal Server Error'],
  503: [20503, 'Service Unavailable'],
};

/**
 * @example
 * const twilio = await startFakeTwilio({ accountSid: 'AC...', authToken: 'secret' });
 * twilio.failNext(1, 500);
 * // ... point the client at twilio.url, send, then:
 * expect(twilio.messages).toHaveLength(1);
 * await twilio.close();
 */
export async function startFakeTwilio(options: FakeTwilioOptions): Promise<FakeTwilioRest> {
  const { accountSid, authToken, now = () => new Date(), idempotencyTokens = true } = options;
  const messages: FakeMessage[] = [];
  const requests: FakeRequest[] = [];
  const byToken = new Map<string, { message: FakeMessage; json: unknown }>();
  const planned: ({ kind: 'fail'; status: number; body?: unknown } | { kind: 'drop' | 'stall' })[] =
    [];
  let delayMs = 0;
  const lose: { count: number } = { count: 0 };
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
  let baseUrl = '';
  const { calls, route: callsRoute } = fakeCalls({ accountSid, authToken });
  const { recordings, route: recordingsRoute } = fakeRecordings({
    accountSid,
    authToken,
    baseUrl: () => baseUrl,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const token = header(req, 'i-twilio-idempotency-token');
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    const record: FakeRequest = {
      method: req.method ?? '',
      path,
      form,
      idempotencyToken: token,
      status: null,
    };
    requests.push(record);
    const reply = (status: number, body: unknown) => {
      record.status = status;
      const raw = typeof body === 'string';
      res.writeHead(status, {
        'Content-Type': raw ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      });
      res.end(raw ? body : JSON.stringify(body));
    };
    const error = (status: number, code: number, message: string) =>
      reply(status, twilioError(code, message, status));

    const plan = planned.shift();
    if (plan?.kind === 'drop') return void req.socket.destroy();
    if (plan?.kind === 'stall') return;
    if (plan?.kind === 'fail') {
      const [code, message] = DEFAULT_ERRORS[plan.status] ?? [20500, 'Error'];
      return reply(plan.status, plan.body ?? twilioError(code, message, plan.status));
    }

    const sendRecording = (status: number, body: unknown, headers?: Record<string, string>) => {
      if (!Buffer.isBuffer(body) && body !== null) return reply(status, body);
      record.status = status;
      res.writeHead(status, { ...headers, 'Content-Length': String(body?.length ?? 0) });
      res.end(body ?? undefined);
    };
    if (recordingsRoute(record.method, path, req.headers.authorization, sendRecording)) return;
    if (callsRoute(record.method, path, req.headers.authorization, reply)) return;

    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(path);
    if (!match) return error(404, 20404, `The requested resource ${path} was not found`);
    if (req.headers.authorization !== expectedAuth) return error(401, 20003, 'Authenticate');
    if (decodeURIComponent(match[1] ?? '') !== accountSid) {
      return error(404, 20404, `The requested resource ${path} was not found`);
    }
    if (req.method === 'GET') {
      const url = new URL(req.url ?? '/', baseUrl);
      const toJson = (m: FakeMessage) =>
        messageJson(accountSid, m, m.from.startsWith('MG') ? m.from : null);
      return reply(200, listMessages(accountSid, messages, url, toJson));
    }
    if (req.method !== 'POST') return error(405, 20004, 'Method not allowed');

    const previous = token === null || !idempotencyTokens ? undefined : byToken.get(token);
    if (previous) return reply(201, previous.json);

    const to = form.To ?? '';
    const from = form.From || form.MessagingServiceSid || '';
    const body = form.Body ?? '';
    if (!to) return error(400, 21604, "A 'To' phone number is required.");
    if (!from) return error(400, 21603, "A 'From' phone number is required.");
    if (!body) return error(400, 21602, 'Message body is required.');
    if ([...body].length > MAX_BODY) {
      return error(
        400,
        21617,
        `The concatenated message body exceeds the ${MAX_BODY} character limit.`,
      );
    }
    const magic = MAGIC_TO[to];
    if (magic) return error(400, magic.code, magic.message);
    if (!E164.test(to))
      return error(400, 21211, `The 'To' number ${to} is not a valid phone number.`);

    const sid = `SM${randomBytes(16).toString('hex')}`;
    const dateCreated = rfc2822(now());
    const message: FakeMessage = { sid, to, from, body, idempotencyToken: token, dateCreated };
    const json = messageJson(accountSid, message, form.MessagingServiceSid ?? null);
    messages.push(message);
    if (token !== null) byToken.set(token, { message, json });
    if (lose.count > 0) {
      lose.count--;
      return void req.socket.destroy();
    }
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (req.socket.destroyed) return;
    reply(201, json);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A client that went away mid-request has nobody left to answer.
      if (res.headersSent || req.socket.destroyed) return;
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(twilioError(20500, String(error), 500)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  const plan = (count: number, step: (typeof planned)[number]) => {
    for (let i = 0; i < count; i++) planned.push(step);
  };
  return {
    url: baseUrl,
    messages,
    requests,
    recordings,
    calls,
    failNext: (count, status, body) => plan(count, { kind: 'fail', status, body }),
    dropNext: (count) => plan(count, { kind: 'drop' }),
    stallNext: (count) => plan(count, { kind: 'stall' }),
    loseAnswerNext: (count) => {
      lose.count += count;
    },
    answerDelay: (ms) => {
      delayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

/** Twilio's date format: `Mon, 23 Nov 2026 15:00:00 +0000`. */
function rfc2822(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

function messageJson(accountSid: string, m: FakeMessage, messagingServiceSid: string | null) {
  const uri = `/2010-04-01/Accounts/${accountSid}/Messages/${m.sid}.json`;
  return {
    account_sid: accountSid,
    api_version: '2010-04-01',
    body: m.body,
    date_created: m.dateCreated,
    date_sent: null,
    date_updated: m.dateCreated,
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: messagingServiceSid ? null : m.from,
    messaging_service_sid: messagingServiceSid,
    num_media: '0',
    num_segments: String(segments(m.body)),
    price: null,
    price_unit: 'USD',
    sid: m.sid,
    status: 'queued',
    subresource_uris: { media: uri.replace(/\.json$/, '/Media.json') },
    to: m.to,
    uri,
  };
}

const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM7_EXTENDED = new Set('\f^{}\\[~]|€');

/** GSM-7: 160 in one segment, 153 per part; anything else makes it UCS-2: 70, then 67. */
export function segments(body: string): number {
  let septets = 0;
  for (const ch of body) {
    if (GSM7_BASIC.has(ch)) septets += 1;
    else if (GSM7_EXTENDED.has(ch)) septets += 2;
    else {
      const units = body.length;
      return units <= 70 ? 1 : Math.ceil(units / 67);
    }
  }
  return septets <= 160 ? 1 : Math.ceil(septets / 153);
}
