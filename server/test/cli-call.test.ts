import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedOwner } from '../src/auth/seed-owner.js';
import { callCommand } from '../src/cli/call.js';
import { run } from '../src/cli/main.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { findCallByProviderId } from '../src/db/calls.js';
import type { Db } from '../src/db/database.js';
import { openDatabase } from '../src/db/database.js';
import { seedDemo } from '../src/demo/seed.js';
import type { ServerDeps } from '../src/deps.js';
import { memoryLogger } from '../src/logger.js';
import { TWILIO } from '../src/providers/twilio/name.js';
import { type RunningServer, startServer } from '../src/server.js';

/** `ringflow call` against a real server on a free port with a real SQLite file. */
const PUBLIC_URL = 'http://example.test';
const AUTH_TOKEN = 'test-token';
const ADMIN = { email: 'owner@example.com', password: 'correct horse battery' };
/** Monday 2026-11-23, 10:00 in New York: the demo's office is open. */
const MONDAY_10AM = '2026-11-23T15:00:00Z';
/** Saturday 2026-11-28, 22:00 in New York: closed. */
const SATURDAY_10PM = '2026-11-29T03:00:00Z';

let dataDir: string;
let clock: ReturnType<typeof manualClock>;
let deps: ServerDeps;
let server: RunningServer;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ringflow-cli-call-'));
  clock = manualClock(MONDAY_10AM);
  const config = loadConfig({
    RINGFLOW_DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: PUBLIC_URL,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    RINGFLOW_ADMIN_EMAIL: ADMIN.email,
    RINGFLOW_ADMIN_PASSWORD: ADMIN.password,
  });
  deps = { db: openDatabase(config.databaseFile), clock, config, log: memoryLogger() };
  await seedOwner(deps);
  await seedDemo(deps);
  server = await startServer(deps);
});

afterEach(async () => {
  await server.close();
  (deps.db as Db).close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `ringflow call` to the demo number, with the test server's settings unless overridden. */
function call(events: string, ...options: string[]) {
  return cli(
    'call',
    '--to',
    '+14155550100',
    '--server',
    server.url,
    '--public-url',
    PUBLIC_URL,
    '--auth-token',
    AUTH_TOKEN,
    '--email',
    ADMIN.email,
    '--password',
    ADMIN.password,
    ...options,
    '--events',
    events,
  );
}

const callSidIn = (out: string) => /\(CallSid (CA[0-9a-f]{32})\)/.exec(out)?.[1] ?? '';
const stored = async (callSid: string) => await findCallByProviderId(deps.db, TWILIO, callSid);

describe('ringflow call', () => {
  it('plays a weekday call nobody answers into a voicemail', async () => {
    const r = await call('no-answer,record:20');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `Calling +14155550100 from +14155550123 through ${server.url}, signed for ${PUBLIC_URL}`,
    );
    expect(r.out).toContain('  1. Ringing +14155550101, +14155550102 for 25 s\n       ← No answer');
    expect(r.out).toContain(
      '  2. Recording up to 120 s after: "Please leave a message after the tone and we will call you back."\n' +
        '       ← Left a 20 s message',
    );
    expect(r.out).toContain('  3. Hangs up');
    expect(r.out).toMatch(/Call over after about \d+ s; status callback sent\./);
    expect(r.out).toContain('Outcome: voicemail\nAuto-replies: reply-message');
    expect(r.out).toContain('Path: start → hours → ring-team → voicemail → reply-message');
    expect(await stored(callSidIn(r.out))).toMatchObject({
      status: 'ended',
      outcome: 'voicemail',
      providerStatus: 'completed',
    });
  });

  it('plays a Saturday-night call through the menu, the hours and a voicemail', async () => {
    clock.set(SATURDAY_10PM);
    const r = await call('2,1,record:18');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n').slice(1, 9);
    expect(lines).toEqual([
      '  1. Menu: "We are closed right now. To leave a voicemail, press 1. To hear our opening hours, press 2." (one key; waits 5 s)',
      '       ← Pressed 2',
      '  2. Says: "We are open Monday to Friday, from 9 in the morning to 5 in the afternoon, Eastern time."',
      '       ← Message played',
      '  3. Menu: "We are closed right now. To leave a voicemail, press 1. To hear our opening hours, press 2." (one key; waits 5 s)',
      '       ← Pressed 1',
      '  4. Recording up to 120 s after: "Please leave a message after the tone and we will call you back."',
      '       ← Left a 18 s message',
    ]);
    expect(r.out).toContain('Outcome: voicemail\nAuto-replies: reply-message');
    expect(r.out).toContain(
      'Path: start → hours → after-hours-menu → our-hours → after-hours-menu → voicemail → reply-message',
    );
  });

  it('takes an explicit "played" event after a message', async () => {
    clock.set(SATURDAY_10PM);
    const r = await call('2,played,1,no-message');
    expect(r.code).toBe(0);
    expect(r.out.match(/← Message played/g)).toHaveLength(1);
    expect(r.out).toContain('← Left no message');
    expect(r.out).toContain('Auto-replies: reply-missed');
  });

  it('ends the call when the caller hangs up in the menu', async () => {
    clock.set(SATURDAY_10PM);
    const r = await call('hangup');
    expect(r.code).toBe(0);
    expect(r.out).toContain('       ← Caller hung up');
    expect(r.out).toContain('Outcome: abandoned');
    expect(await stored(callSidIn(r.out))).toMatchObject({ status: 'ended', outcome: 'abandoned' });
  });

  it('plays an answered call', async () => {
    const r = await call('answered');
    expect(r.code).toBe(0);
    expect(r.out).toContain('← Answered\n  2. Hangs up');
    expect(r.out).toContain(
      'Outcome: answered\nAuto-replies: none\nPath: start → hours → ring-team → call-done',
    );
  });

  it('hangs up for the caller when the events run out', async () => {
    clock.set(SATURDAY_10PM);
    const r = await call('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('(one key; waits 5 s)\n       (no more events: the caller hangs up)');
    expect(r.out).toContain('Outcome: abandoned');
  });

  it('exits 1 naming what the call waits for when an event does not fit', async () => {
    const r = await call('2');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'Event "2" does not fit here: the call is ringing +14155550101, +14155550102 and waits for answered, no-answer, busy, failed or hangup.',
    );
  });

  it('exits 1 when events are left over after the call ended', async () => {
    const r = await call('answered,record:20');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Outcome: answered');
    expect(r.err).toBe('The call ended before event "record:20" (1 event left over).');
  });

  it('exits 1 explaining the signature when the auth token is wrong', async () => {
    const r = await call('no-answer', '--auth-token', 'not-the-token');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /refused \/webhooks\/twilio\/voice with 403: the X-Twilio-Signature did not match/,
    );
    expect(r.err).toContain('--auth-token');
    expect(r.err).toContain('--public-url');
  });

  it('exits 2 when nothing listens at the server URL', async () => {
    const port = await freePort();
    const r = await call('no-answer', '--server', `http://127.0.0.1:${port}`);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `Cannot reach the server at http://127.0.0.1:${port}: is it running? (npm start)`,
    );
  });

  it('still plays the call when the admin login fails, with a note', async () => {
    const r = await call('answered', '--password', 'wrong password');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /\(Not showing the stored outcome: logging in as owner@example\.com failed \(\d+\)/,
    );
    expect((await stored(callSidIn(r.out)))?.outcome).toBe('answered');
  });

  it('takes the server, public URL and auth token from the environment', async () => {
    const out: string[] = [];
    const code = await callCommand(
      [
        '--to',
        '+14155550100',
        '--email',
        ADMIN.email,
        '--password',
        ADMIN.password,
        '--events',
        'answered',
      ],
      (l) => out.push(l),
      { PORT: String(server.port), PUBLIC_BASE_URL: PUBLIC_URL, TWILIO_AUTH_TOKEN: AUTH_TOKEN },
    );
    expect(code).toBe(0);
    expect(out[0]).toContain(`through http://localhost:${server.port}, signed for ${PUBLIC_URL} `);
    expect(out).toContain('Outcome: answered');
  });

  it('exits 2 for a missing --to or a bad --server', async () => {
    expect((await cli('call', '--events', 'answered')).err).toMatch(/^--to is required/);
    const bad = await cli('call', '--to', '+14155550100', '--server', 'localhost');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--server "localhost" is not a URL/);
  });
});

/** A port nothing listens on: bound once, then released. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
