import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWav } from '../../test/fakes/wav.js';
import { issueApiToken } from '../src/auth/api-tokens.js';
import { hashPasswordSync } from '../src/auth/password.js';
import { run } from '../src/cli/main.js';
import { findCallByProviderId } from '../src/db/calls.js';
import type { Db } from '../src/db/database.js';
import { insertAudioGreeting, insertTtsGreeting } from '../src/db/greetings.js';
import { saveNumberNotifications } from '../src/db/notifications.js';
import { findNumberByE164 } from '../src/db/numbers.js';
import { createUser } from '../src/db/users.js';
import { addComment } from '../src/db/voicemail-inbox.js';
import { recordTranscript } from '../src/db/voicemail-transcripts.js';
import { createWebhookEndpoint } from '../src/db/webhook-endpoints.js';
import { OWNER, startTestServer, type TestServer } from './support/harness.js';
import { addVoicemail } from './support/history.js';
import { ringflowCommand } from './support/ringflow-command.js';

/**
 * The export over real HTTP (and through the `ringflow export` command) on
 * the demo with a played call, texts, a voicemail with a real WAV file, and
 * secrets that must not leave: every part of the archive is checked.
 */
const TRICKY = 'Hi, "Bob"\nsecond line';
const FORMULA = '=HYPERLINK("http://evil.example")';
const SLACK_URL = 'https://hooks.slack.com/services/T000/B000/secretpart';
const GREETING_WAV = makeWav({ seconds: 1 });

let server: TestServer;
let voicemail: Awaited<ReturnType<typeof addVoicemail>>;
let callId: string;
let session: { cookie: string; csrf: string };
let apiToken: string;
let webhookSecret: string;
let passwordHash: string;

beforeAll(async () => {
  server = await startTestServer();
  const { config } = server.deps;
  const db = server.deps.db as Db;

  const call = server.call();
  const ringing = await call.ring();
  const record = await call.act(ringing, 'Dial', { DialCallStatus: 'no-answer' });
  await call.act(record, 'Record', {
    RecordingUrl: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1',
    RecordingDuration: '17',
    Digits: '#',
  });
  await call.hangUp();
  callId = (await findCallByProviderId(db, 'twilio', call.callSid))?.id ?? '';
  const number = await findNumberByE164(db, '+14155550100');
  if (!callId || !number) throw new Error('the demo call or number is missing');

  const at = server.clock.now().toISOString();
  voicemail = await addVoicemail(db, config.dataDir, at, { callId, numberId: number.id });
  await recordTranscript(db, voicemail.id, {
    status: 'done',
    text: 'Please call me back',
    error: null,
  });
  await addComment(db, {
    voicemailId: voicemail.id,
    authorId: null,
    authorName: 'Ann',
    body: 'Called back, no answer',
    at,
  });
  mkdirSync(join(config.dataDir, 'greetings'), { recursive: true });
  writeFileSync(join(config.dataDir, 'greetings', 'greet_hello-v1.wav'), GREETING_WAV);
  await insertAudioGreeting(db, {
    id: 'greet_hello',
    name: 'Hello',
    source: 'recording',
    audio: {
      file: join('greetings', 'greet_hello-v1.wav'),
      contentType: 'audio/wav',
      bytes: GREETING_WAV.length,
      sha256: createHash('sha256').update(GREETING_WAV).digest('hex'),
      durationSeconds: 1,
    },
    at,
  });
  await insertTtsGreeting(db, {
    id: 'greet_closed',
    name: 'Closed',
    text: 'We are closed.',
    voice: 'Polly.Joanna',
    language: 'en-US',
    synthesisStatus: 'unavailable',
    at,
  });
  expect((await server.text(TRICKY)).status).toBe(200);
  expect((await server.text(FORMULA)).status).toBe(200);

  webhookSecret = (
    await createWebhookEndpoint(
      db,
      { url: 'https://crm.example.com/hook', description: 'CRM', numberId: null, events: [] },
      at,
    )
  ).secret;
  await saveNumberNotifications(db, number.id, { slack: { url: SLACK_URL, events: [] } }, at);
  passwordHash = hashPasswordSync('another password');
  const admin = await createUser(
    db,
    { email: 'ann@example.com', name: 'Ann', role: 'admin', passwordHash },
    at,
  );
  apiToken = (await issueApiToken(server.deps, admin.id, 'ann')).token;

  const login = await server.send('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(OWNER),
  });
  session = {
    cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrf: ((await login.json()) as { csrfToken: string }).csrfToken,
  };
});

afterAll(async () => {
  await server?.close();
});

const text = (files: Record<string, Uint8Array>, name: string) => {
  const file = files[name];
  if (!file) throw new Error(`${name} is not in the archive`);
  return new TextDecoder().decode(file);
};
const json = (files: Record<string, Uint8Array>, name: string) => JSON.parse(text(files, name));

const TEXT_FILES = [
  'README.txt',
  'auto-reply-decisions.csv',
  'auto-reply-decisions.json',
  'calls.csv',
  'calls.json',
  'flows.json',
  'greetings.json',
  'members.json',
  'messages.csv',
  'messages.json',
  'numbers.json',
  'schedules.json',
  'users.json',
  'voicemails.csv',
  'voicemails.json',
];

/** Checks the parts of an archive that the CLI and the API must both get right. */
async function checkArchive(files: Record<string, Uint8Array>) {
  expect(Object.keys(files).sort()).toEqual(
    await [...TEXT_FILES, `recordings/${voicemail.id}.wav`, 'greetings/greet_hello-v1.wav'].sort(),
  );
  expect(Buffer.from(files['greetings/greet_hello-v1.wav'] ?? [])).toEqual(GREETING_WAV);
  const greetings = json(files, 'greetings.json');
  expect(greetings).toEqual([
    expect.objectContaining({
      id: 'greet_closed',
      name: 'Closed',
      source: 'tts',
      version: 1,
      text: 'We are closed.',
      voice: 'Polly.Joanna',
      synthesis: { status: 'unavailable', error: null },
      audio: expect.objectContaining({
        file: null,
        note: expect.stringMatching(/Azure Speech was not set up/),
      }),
    }),
    expect.objectContaining({
      id: 'greet_hello',
      name: 'Hello',
      source: 'recording',
      synthesis: null,
      audio: expect.objectContaining({
        file: 'greetings/greet_hello-v1.wav',
        note: null,
        contentType: 'audio/wav',
        bytes: GREETING_WAV.length,
      }),
    }),
  ]);
  expect(await Buffer.from(files[`recordings/${voicemail.id}.wav`] ?? [])).toEqual(
    await readFileSync(voicemail.path),
  );
  const calls = json(files, 'calls.json');
  const played = calls.find((c: { id: string }) => c.id === callId);
  expect(played).toMatchObject({ status: 'ended', outcome: 'voicemail', from: '+14155550123' });
  expect(played).not.toHaveProperty('snapshot');
  expect(played.events.map((e: { kind: string }) => e.kind)).toContain('instruction');
  expect(played.events[0]).toMatchObject({ kind: 'webhook', step: expect.any(Number) });
  const vms = json(files, 'voicemails.json');
  expect(vms.find((v: { id: string }) => v.id === voicemail.id)).toMatchObject({
    audio: { status: 'stored', file: `recordings/${voicemail.id}.wav`, note: null },
  });
}

describe('GET /api/export', () => {
  let files: Record<string, Uint8Array>;
  let archiveText: string;

  beforeAll(async () => {
    const res = await server.send('/api/export', { headers: { Cookie: session.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="ringflow-export-2026-11-23.zip"',
    );
    files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    archiveText = TEXT_FILES.map((name) => text(files, name)).join('\n');
  });

  it('holds every part, with the recording byte for byte', async () => {
    await checkArchive(files);
  });

  it('explains itself in README.txt', () => {
    const readme = text(files, 'README.txt');
    expect(readme).toMatch(/Exported at 2026-11-23T15:00:00\.000Z \(UTC\)/);
    expect(readme).toMatch(/database schema version \d+/);
    for (const name of ['flows.json', 'calls.csv', 'voicemails.csv', 'recordings/']) {
      expect(readme).toContain(name);
    }
    expect(readme).toMatch(/1 recordings/);
    expect(readme).toMatch(/2 greetings/);
    expect(readme).toMatch(/1 greeting audio files/);
  });

  it('has each flow with its draft and every revision', () => {
    const flows = json(files, 'flows.json');
    expect(flows.length).toBeGreaterThan(0);
    const demo = flows[0];
    expect(demo.draft.nodes.length).toBeGreaterThan(0);
    expect(demo.revisions.length).toBeGreaterThan(0);
    expect(demo.revisions[0]).toMatchObject({
      number: 1,
      message: expect.any(String),
      createdAt: expect.any(String),
      document: { nodes: expect.any(Array) },
    });
    expect(demo).toHaveProperty('deletedAt', null);
  });

  it('writes calls as CSV with a header and as JSON with their traces', () => {
    const [header, ...rows] = text(files, 'calls.csv').split('\r\n');
    expect(header).toBe(
      'id,startedAt,answeredAt,endedAt,durationSeconds,from,to,numberName,status,outcome,flowName,revisionNumber,providerStatus,provider,providerCallId,numberId,flowId,revisionId',
    );
    const row = rows.find((r) => r.startsWith(`${callId},`));
    expect(row).toContain(",'+14155550123,'+14155550100,");
    expect(row).toContain(',ended,voicemail,');
    const calls = json(files, 'calls.json');
    expect(calls).toHaveLength(1);
  });

  it('quotes CSV fields as RFC 4180 does and keeps spreadsheets from running formulas', () => {
    const csv = text(files, 'messages.csv');
    expect(csv.split('\r\n')[0]).toBe(
      'id,at,direction,author,contact,business,body,status,error,sentAt,providerMessageId,numberId',
    );
    expect(csv).toContain(',"Hi, ""Bob""\nsecond line",received,');
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"")",received,`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    const messages = json(files, 'messages.json');
    expect(messages.map((m: { body: string }) => m.body)).toEqual(
      expect.arrayContaining([TRICKY, FORMULA]),
    );
  });

  it('has the auto-reply decisions as CSV and JSON', () => {
    const decisions = json(files, 'auto-reply-decisions.json');
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions[0]).toMatchObject({ action: expect.stringMatching(/send|skip/) });
    const csv = text(files, 'auto-reply-decisions.csv').split('\r\n');
    expect(csv[0]).toMatch(/^id,at,contact,trigger,source,sourceName,action,reason,/);
    expect(csv.filter((line) => line !== '')).toHaveLength(decisions.length + 1);
  });

  it('has the voicemails with transcript, comments and where the recording is', async () => {
    const [entry] = await json(files, 'voicemails.json').filter(
      (v: { id: string }) => v.id === voicemail.id,
    );
    expect(entry).toMatchObject({
      caller: '+14155550123',
      number: { business: '+14155550100', name: expect.any(String) },
      callId,
      durationSeconds: 0.25,
      status: 'new',
      assignee: null,
      transcript: { status: 'done', text: 'Please call me back' },
      comments: [{ author: 'Ann', body: 'Called back, no answer' }],
    });
    const csv = text(files, 'voicemails.csv').split('\r\n');
    expect(csv[0]).toBe(
      'id,at,caller,business,numberName,durationSeconds,status,handledAt,handledBy,assignee,transcriptStatus,transcript,audioFile,audioNote,deletedAt,callId,numberId',
    );
    expect(csv.find((line) => line.startsWith(voicemail.id))).toContain(
      `,done,Please call me back,recordings/${voicemail.id}.wav,,`,
    );
  });

  it('has numbers, schedules, members and users', () => {
    const numbers = json(files, 'numbers.json');
    expect(numbers[0]).toMatchObject({ number: '+14155550100', autoReplies: expect.any(Object) });
    expect(json(files, 'schedules.json').length).toBeGreaterThan(0);
    expect(json(files, 'members.json').length).toBeGreaterThan(0);
    const users = json(files, 'users.json');
    expect(users.map((u: { email: string }) => u.email)).toContain('ann@example.com');
  });

  it('gives away no secret', () => {
    for (const secret of [
      'scrypt$',
      passwordHash,
      apiToken,
      session.cookie.split('=')[1] ?? 'no cookie',
      session.csrf,
      webhookSecret,
      'whsec_',
      SLACK_URL,
    ]) {
      expect(archiveText).not.toContain(secret);
    }
    expect(archiveText).not.toMatch(/passwordHash|password_hash|tokenHash/);
  });

  it('is for owners only', async () => {
    const res = await server.send('/api/export', {
      headers: { Authorization: `Bearer ${apiToken}` },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
  });
});

describe('ringflow export', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ringflow-export-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same archive from the data directory, while the server runs', {
    timeout: 60_000,
  }, async () => {
    const out = join(dir, 'backup.zip');
    const r = ringflowCommand(['export', '--out', out, '--data-dir', server.deps.config.dataDir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Wrote ${out} (`);
    expect(r.stdout).toMatch(
      /1 flows \(1 revisions\), 1 calls, 3 texts, \d+ auto-reply decisions, 1 voicemails \(1 recordings\), 2 greetings \(1 audio files\)/,
    );
    await checkArchive(unzipSync(new Uint8Array(readFileSync(out))));
  });

  it('refuses to replace a file unless told to', { timeout: 120_000 }, () => {
    const out = join(dir, 'taken.zip');
    writeFileSync(out, 'mine');
    const refused = ringflowCommand([
      'export',
      '--out',
      out,
      '--data-dir',
      server.deps.config.dataDir,
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/taken\.zip exists; .*--force/);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    const forced = ringflowCommand([
      'export',
      '--out',
      out,
      '--data-dir',
      server.deps.config.dataDir,
      '--force',
    ]);
    expect(forced.status).toBe(0);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(out))))).toContain('README.txt');
  });

  it('says so when there is no database or no --out', { timeout: 60_000 }, async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    const missing = ringflowCommand(['export', '--out', join(dir, 'x.zip'), '--data-dir', empty]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`No Ringflow database at ${join(empty, 'ringflow.db')}`);
    expect(existsSync(join(dir, 'x.zip'))).toBe(false);
    expect(existsSync(join(empty, 'ringflow.db'))).toBe(false);
    // Bad arguments are caught before anything is opened; no need for a process here.
    const err: string[] = [];
    const noOut = await run(
      ['export', '--data-dir', empty],
      () => {},
      (line) => err.push(line),
    );
    expect(noOut).toBe(2);
    expect(err.join('\n')).toMatch(/^--out is required/);
  });
});
