import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flowInput } from '../../flow-runtime/test/validate-input.js';
import { seedOwner } from '../src/auth/seed-owner.js';
import { run } from '../src/cli/main.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { findCallByProviderId } from '../src/db/calls.js';
import type { Db } from '../src/db/database.js';
import { openDatabase } from '../src/db/database.js';
import { postgresStorage } from '../src/db/sql/postgres.js';
import type { Storage } from '../src/db/sql/sql.js';
import { seedDemo } from '../src/demo/seed.js';
import type { ServerDeps } from '../src/deps.js';
import { memoryLogger } from '../src/logger.js';
import { type RunningServer, startServer } from '../src/server.js';
import { BACKENDS, serverDatabase } from './support/backends.js';
import { FakeTwilio } from './support/fake-twilio.js';
import { AUTH_TOKEN, adminClient, MONDAY_10AM, OWNER, PUBLIC_URL } from './support/harness.js';

/**
 * Keys pressed during a voicemail greeting, over real HTTP and a real SQLite
 * file: through Twilio's webhooks, and through `ringflow call`.
 */
describe.each(BACKENDS)('on %s', (kind) => {
  const postgres = serverDatabase(kind);

  let dataDir: string;
  let deps: ServerDeps;
  let server: RunningServer;
  let api: Awaited<ReturnType<typeof adminClient>>;
  const NUMBER = '+14155550177';

  const send = (pathAndQuery: string, init: RequestInit) =>
    fetch(`${server.url}${pathAndQuery}`, { ...init, signal: AbortSignal.timeout(10_000) });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ringflow-vm-keys-'));
    const postgresUrl = await postgres?.();
    const config = loadConfig({
      ...(postgresUrl ? { DATABASE_URL: postgresUrl } : {}),
      RINGFLOW_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: PUBLIC_URL,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      RINGFLOW_ADMIN_EMAIL: OWNER.email,
      RINGFLOW_ADMIN_PASSWORD: OWNER.password,
    });
    const db = postgresUrl
      ? postgresStorage({ url: postgresUrl })
      : openDatabase(config.databaseFile);
    deps = { db, clock: manualClock(MONDAY_10AM), config, log: memoryLogger() };
    await seedOwner(deps);
    await seedDemo(deps);
    server = await startServer(deps);
    api = await adminClient(send);
  });

  afterEach(async () => {
    await server.close();
    if ('dialect' in deps.db) await (deps.db as Storage).close();
    else (deps.db as Db).close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const GREETING = 'Please leave a message. For an urgent matter, press 0.';
  const URGENT = 'Connecting you to the person on call.';

  const urgentFlow = {
    ...flowInput(
      [
        ['in', 'incoming-call'],
        [
          'vm',
          'voicemail',
          {
            greeting: { type: 'say', text: GREETING, voice: 'Polly.Joanna', language: 'en-US' },
            keys: [{ digit: '0', label: 'Urgent' }],
          },
        ],
        ['urgent', 'play-message', { prompt: { type: 'say', text: URGENT } }],
        ['bye', 'hang-up'],
      ],
      [
        ['in', 'next', 'vm'],
        ['vm', 'key-0', 'urgent'],
        ['vm', 'recorded', 'bye'],
        ['vm', 'no-message', 'bye'],
        ['urgent', 'next', 'bye'],
      ],
    ),
    name: 'Urgent key',
  };

  async function publish(document: unknown) {
    const flow = await api<{ id: string }>('POST', '/flows', { name: 'Urgent key', document });
    expect(flow.status).toBe(201);
    const published = await api('POST', `/flows/${flow.body.id}/publish`, { message: 'first' });
    return { flowId: flow.body.id, published };
  }

  async function publishOnNumber() {
    const { flowId, published } = await publish(urgentFlow);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const created = await api('POST', '/numbers', { number: NUMBER, name: 'Line', flowId });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }

  const call = () => new FakeTwilio(send, PUBLIC_URL, AUTH_TOKEN, '+14155550123', NUMBER);
  const stored = async (c: FakeTwilio) => await findCallByProviderId(deps.db, 'twilio', c.callSid);

  describe('keys during a voicemail greeting, through Twilio webhooks', () => {
    it('goes to the urgent message when the caller presses 0 during the greeting', async () => {
      await publishOnNumber();
      const c = call();
      const greeting = await c.ring();
      expect(greeting.verbs.map((v) => v.name)).toEqual(['Gather', 'Record', 'Redirect']);
      const gather = greeting.verbs[0];
      expect(gather?.attrs).toMatchObject({
        numDigits: '1',
        timeout: '1',
        actionOnEmptyResult: 'false',
        finishOnKey: '',
      });
      expect(gather?.children.map((v) => [v.name, v.attrs.voice, v.text])).toEqual([
        ['Say', 'Polly.Joanna', GREETING],
      ]);
      // The key and the recording report to the same step, as a gather and as a recording.
      const gatherUrl = new URL(gather?.attrs.action ?? '');
      const recordUrl = new URL(greeting.verbs[1]?.attrs.action ?? '');
      expect(gatherUrl.searchParams.get('kind')).toBe('gather');
      expect(recordUrl.searchParams.get('kind')).toBe('record');
      expect(gatherUrl.searchParams.get('step')).toBe(recordUrl.searchParams.get('step'));

      const urgent = await c.act(greeting, 'Gather', { Digits: '0' });
      expect(urgent.verbs[0]).toMatchObject({ name: 'Say', text: URGENT });
      // Twilio retries the same report: the same answer, no second step.
      const again = await c.act(greeting, 'Gather', { Digits: '0' });
      expect(again.body).toBe(urgent.body);
      const end = await c.act(urgent, 'Redirect');
      expect(end.verbs.map((v) => v.name)).toEqual(['Hangup']);
      await c.hangUp();
      expect(await stored(c)).toMatchObject({
        status: 'ended',
        outcome: 'missed',
        result: expect.objectContaining({ path: ['in', 'vm', 'urgent', 'bye'] }),
      });
    });

    it('records as before when no key is pressed', async () => {
      await publishOnNumber();
      const c = call();
      const greeting = await c.ring();
      const done = await c.act(greeting, 'Record', {
        RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
        RecordingDuration: '14',
        Digits: '#',
      });
      expect(done.verbs.map((v) => v.name)).toEqual(['Hangup']);
      expect(await stored(c)).toMatchObject({
        outcome: 'voicemail',
        result: expect.objectContaining({ path: ['in', 'vm', 'bye'] }),
      });
    });

    it('plays the greeting again for a key the node does not list', async () => {
      await publishOnNumber();
      const c = call();
      const greeting = await c.ring();
      const wrong = await c.act(greeting, 'Gather', { Digits: '5' });
      expect(wrong.body).toBe(greeting.body);
      expect((await stored(c))?.snapshot?.value).toBe('vm');
      const urgent = await c.act(wrong, 'Gather', { Digits: '0' });
      expect(urgent.verbs[0]).toMatchObject({ name: 'Say', text: URGENT });
    });
  });

  describe('publishing checks what the speech engine can say', () => {
    it("refuses the issue's example: voice Robot9000, language english, 3,500 characters", async () => {
      const text = 'Thank you for calling. '.repeat(160).slice(0, 3500);
      const document = {
        ...flowInput(
          [
            ['in', 'incoming-call'],
            [
              'msg',
              'play-message',
              { prompt: { type: 'say', text, voice: 'Robot9000', language: 'english' } },
            ],
          ],
          [['in', 'next', 'msg']],
        ),
        name: 'Robot',
      };
      const { published } = await publish(document);
      expect(published.status).toBe(422);
      const body = published.body as { error: { message: string }; findings?: { code: string }[] };
      expect(body.error.message).toBe('The draft has 3 errors; fix them and publish again');
      const { flowId } = await publish({ ...document, name: 'Robot again' });
      const draft = await api<{ findings: { code: string; path?: string[] }[] }>(
        'GET',
        `/flows/${flowId}`,
      );
      expect(draft.body.findings.map((f) => [f.code, (f.path ?? []).join('.')])).toEqual(
        expect.arrayContaining([
          ['prompt-language-unknown', 'prompt.language'],
          ['prompt-voice-unknown', 'prompt.voice'],
          ['prompt-too-long', 'prompt.text'],
        ]),
      );
    });
  });

  describe('ringflow call at a voicemail with keys', () => {
    const cli = async (events: string) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await run(
        ['call', '--to', NUMBER, '--server', server.url, '--public-url', PUBLIC_URL]
          .concat([
            '--auth-token',
            AUTH_TOKEN,
            '--email',
            OWNER.email,
            '--password',
            OWNER.password,
          ])
          .concat(['--events', events]),
        (l) => out.push(l),
        (l) => err.push(l),
      );
      return { code, out: out.join('\n'), err: err.join('\n') };
    };

    it('presses 0 during the greeting', async () => {
      await publishOnNumber();
      const r = await cli('0');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain(
        `  1. Voicemail greeting: "${GREETING}" (a key may be pressed during it)\n       ← Pressed 0`,
      );
      expect(r.out).toContain(`  2. Says: "${URGENT}"`);
      expect(r.out).toContain('Path: in → vm → urgent → bye');
    });

    it('records when no key is pressed', async () => {
      await publishOnNumber();
      const r = await cli('record:20');
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toContain(
        `  1. Recording up to 120 s after: "${GREETING}"\n       ← Left a 20 s message`,
      );
      expect(r.out).toContain('Outcome: voicemail');
    });
  });
});
