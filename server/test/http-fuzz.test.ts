import fc from 'fast-check';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import {
  AUTH_TOKEN,
  OWNER,
  PUBLIC_URL,
  startTestServer,
  type TestServer,
} from './support/harness.js';

/**
 * Random input over real HTTP: signed webhooks with any parameters, and any
 * JSON (or not JSON) to the admin API. Whatever arrives, the answer is never
 * a 500 and nothing is logged as an error.
 */
let server: TestServer;
let session: { Cookie: string; 'X-CSRF-Token': string };
let flowId: string;
beforeAll(async () => {
  server = await startTestServer();
  const login = await server.send('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(OWNER),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  session = {
    Cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    'X-CSRF-Token': csrfToken,
  };
  const flows = await server.send('/api/flows', { headers: session });
  flowId = ((await flows.json()) as { flows: { id: string }[] }).flows[0]?.id ?? '';
});
afterAll(async () => {
  await server.close();
});

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const TWILIO_NAMES = [
  'CallSid',
  'From',
  'To',
  'CallStatus',
  'CallDuration',
  'Digits',
  'DialCallStatus',
  'RecordingUrl',
  'RecordingSid',
  'RecordingStatus',
  'RecordingDuration',
  'TranscriptionText',
  'TranscriptionStatus',
  'ParentCallSid',
  'MessageSid',
  'Body',
];
const name = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES, ...TWILIO_NAMES),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
);
const value = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...PROTOTYPE_NAMES, 'completed', 'no-answer', 'hangup', '%', '\u0000', '🙂'),
  fc.constantFrom('https://api.twilio.com/Recordings/RE1', `RE${'0'.repeat(32)}`),
  // Huge, though under the 64 KB limit together.
  fc.integer({ min: 1000, max: 12_000 }).map((n) => 'é'.repeat(n)),
);
const route = fc.oneof(
  fc.constantFrom('voice', 'status', 'sms', 'answered', 'recording', 'transcription'),
  fc
    .tuple(
      fc.oneof(fc.constantFrom('0', '1', '-1', '1.5', 'x', ''), fc.nat().map(String)),
      fc.constantFrom('dial', 'gather', 'record', 'played', ...PROTOTYPE_NAMES, ''),
    )
    .map(([step, kind]) => `voice/action?step=${encodeURIComponent(step)}&kind=${kind}`),
);

describe('signed webhooks with random parameters', () => {
  it('never answer 5xx nor log an error', async () => {
    const known = server.call();
    await known.ring();
    await fc.assert(
      fc.asyncProperty(
        route,
        fc.uniqueArray(fc.tuple(name, value), { selector: ([key]) => key, maxLength: 8 }),
        fc.constantFrom(known.callSid, 'CA-random', ''),
        async (path, entries, callSid) => {
          const all: [string, string][] = [['CallSid', callSid], ...entries];
          const params = Object.fromEntries(all); // own entries, __proto__ included
          const url = `/webhooks/twilio/${path}`;
          const res = await server.send(url, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/x-www-form-urlencoded',
              'X-Twilio-Signature': twilio.getExpectedTwilioSignature(
                AUTH_TOKEN,
                `${PUBLIC_URL}${url}`,
                params,
              ),
            },
            body: new URLSearchParams(Object.entries(params)).toString(),
          });
          await res.arrayBuffer();
          // A valid signature is never refused; the rest is 200 TwiML, a 400 naming a field or a 413.
          expect([200, 400, 413]).toContain(res.status);
        },
      ),
      { numRuns: 150 },
    );
    expect(server.log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});

describe('random bodies to the admin API', () => {
  const routes: [string, () => string][] = [
    ['POST', () => '/api/auth/login'],
    ['POST', () => '/api/flows'],
    ['PUT', () => `/api/flows/${flowId}/draft`],
    ['POST', () => '/api/schedules'],
    ['POST', () => '/api/members'],
    ['POST', () => '/api/numbers'],
    ['PUT', () => '/api/settings/retention'],
  ];
  const body = fc.oneof(
    fc.jsonValue({ maxDepth: 8 }).map((v) => JSON.stringify(v)),
    // Shapes close to the real ones, so validation goes past the first field.
    fc
      .record(
        {
          name: fc.oneof(fc.string(), fc.constantFrom(...PROTOTYPE_NAMES)),
          document: fc.oneof(
            fc.jsonValue({ maxDepth: 6 }),
            fc.record({
              schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
              nodes: fc.array(
                fc.dictionary(
                  fc.constantFrom('id', 'type', 'data', '__proto__'),
                  fc.jsonValue({ maxDepth: 3 }),
                ),
              ),
              edges: fc.jsonValue({ maxDepth: 3 }),
            }),
          ),
          email: fc.string(),
          password: fc.string(),
        },
        { requiredKeys: [] },
      )
      .map((v) => JSON.stringify(v)),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.integer({ min: 65, max: 400 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  );

  /** Rows inserted, updated or deleted through the server's connection so far. */
  const changes = () =>
    ((server.deps.db as Db).prepare('SELECT total_changes() AS n').get() as { n: number }).n;

  it('never answers 5xx nor logs an error, and a refused body writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, path], text) => {
        const before = changes();
        const res = await server.send(path(), {
          method,
          headers: { 'Content-Type': 'application/json', ...session },
          body: text,
        });
        const answer = await res.text();
        expect(res.status, answer).toBeLessThan(500);
        // A refused sign-in is counted for throttling and audited: that write is the point.
        if (res.status >= 400 && path() !== '/api/auth/login') {
          expect(changes(), `${method} ${path()}: ${answer}`).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
    expect(server.log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});
